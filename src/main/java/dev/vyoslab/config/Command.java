package dev.vyoslab.config;

import java.util.List;

/** One configuration command as read from either syntax: {@code set} (or delete/show) and its path words. */
record Command(int line, int column, Verb verb, List<Word> words) {

    enum Verb { SET, DELETE, SHOW }

    Command {
        words = List.copyOf(words);
    }
}
