/**
 * Joins what was read into one validated catalog: each spec source to its register row, classes to
 * their units, series and pay, units to their benefits. Catalog-wide rules live here: duplicate
 * codes (also differing only by case or leading zeros), conflicts between source and register,
 * unknown references, classes without pay in force, expired MOUs. Depends on
 * {@link org.jobspecs.spec} and {@link org.jobspecs.problem} only.
 */
package org.jobspecs.catalog;
