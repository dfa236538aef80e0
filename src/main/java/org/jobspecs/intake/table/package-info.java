/**
 * {@code jobspecs import} of the agency's tables: a class list into {@code data/classes.csv}, a salary
 * schedule into {@code data/schedules.csv} and {@code data/pay.csv}, a job board's postings into
 * {@code data/openings.csv}; columns recognised by their headings (or given with {@code --map}), every
 * row either placed or reported.
 */
package org.jobspecs.intake.table;
