/**
 * Identity-number and credit-code checks, each returning a reason and what the number encodes.
 */
package org.renfang.id;
