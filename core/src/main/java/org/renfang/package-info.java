/**
 * Types shared by every renfang module: the root exception {@link org.renfang.RenfangException}.
 */
package org.renfang;
