package org.redress.respondent;

import java.io.InputStream;

/** A file a respondent sends with its answer, as uploaded. */
public record AnswerFile(String name, InputStream content) {
}
