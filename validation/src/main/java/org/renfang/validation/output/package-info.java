/**
 * What the library writes: the message bundles ({@code messages.properties},
 * {@code messages_zh_CN.properties}) with the one-pass template substitution every message goes
 * through, and the one JSON writer of reports, permit assessments and premises ratings. Not
 * exported: hosts get the text through findings, permit reasons and ratings, and the JSON
 * through their {@code writeJson} and {@code toJson}.
 */
package org.renfang.validation.output;
