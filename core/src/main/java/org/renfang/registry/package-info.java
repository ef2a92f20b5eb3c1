/**
 * The read-only {@link org.renfang.registry.RegistryView} the rules query, and the in-memory
 * {@link org.renfang.registry.Registry}.
 */
package org.renfang.registry;
