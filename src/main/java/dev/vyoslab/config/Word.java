package dev.vyoslab.config;

/**
 * One word of a command as written.
 *
 * @param line        1-based line the word is on (in config.boot, a path's words span lines)
 * @param column      1-based column where the word starts
 * @param placeholder written as {@code <something>}, which can only be a stand-in for a real value
 */
record Word(String text, int line, int column, boolean placeholder) {
}
