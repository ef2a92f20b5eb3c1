/**
 * The message bundles ({@code messages.properties}, {@code messages_zh_CN.properties}) and the
 * one-pass template substitution every message of the library goes through. Not exported: the
 * messages reach hosts only as text of findings, permit reasons and ratings.
 */
package org.renfang.validation.messages;
