/**
 * The JSON wire format: the configured mapper with input limits, and streaming registry reading.
 * Reading never throws on bad data: every problem comes back with the JSON Pointer of the
 * offending value, and the records that could be read are kept (a {@code ReadResult} of
 * {@code JsonProblem}s, in {@code org.renfang.model.source}).
 *
 * <pre>{@code
 * ReadResult result;
 * try (InputStream in = Files.newInputStream(Path.of("registry.json"))) {
 *     result = RegistryReader.readRegistry(in);          // streams: no document size limit
 * }
 * for (JsonProblem p : result.problems()) {
 *     log.warn(p.kind() + " at " + p.pointer());          // e.g. INVALID at /premises/3/kind
 * }
 * RegistryDocument document = result.document();
 * String json = RenfangJson.registryMapper().writeValueAsString(document);
 * }</pre>
 *
 * <p>The fields, types and limits of the format are described in {@code docs/wire-format.md}
 * and, as JSON Schemas, in {@code docs/schema/}.
 */
package org.renfang.model.json;
