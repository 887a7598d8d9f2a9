package dev.vyoslab.config;

/**
 * One word of a command as written.
 *
 * @param column      1-based column where the word starts
 * @param placeholder written as {@code <something>}, which can only be a stand-in for a real value
 */
record Word(String text, int column, boolean placeholder) {
}
