/**
 * Where records came from: what reading a document produced ({@link org.renfang.model.source.ReadResult}:
 * the records read, the problems met, each record's position in the source) and the problems
 * themselves ({@link org.renfang.model.source.JsonProblem}). It sits between the model and the
 * registry, so that the registry keeps a source's pointers and problems without depending on the
 * JSON reader ({@code org.renfang.model.json}), which produces them.
 */
package org.renfang.model.source;
