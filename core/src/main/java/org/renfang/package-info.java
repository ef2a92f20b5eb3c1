/**
 * Types shared by every renfang module: the root exception {@link org.renfang.RenfangException}.
 * Every exception a renfang module throws on purpose is one; bad data is never an exception
 * but a finding or a status.
 *
 * <pre>{@code
 * try {
 *     Profile profile = Profiles.load(code);
 * } catch (RenfangException e) {                 // e.g. ProfileException for an unknown code
 *     ...
 * }
 * }</pre>
 */
package org.renfang;
