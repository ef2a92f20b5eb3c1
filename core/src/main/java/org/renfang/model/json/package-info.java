/**
 * The JSON wire format: the configured mapper with input limits, and streaming registry reading.
 */
package org.renfang.model.json;
