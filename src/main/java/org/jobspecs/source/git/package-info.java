/**
 * Earlier versions of specs from the source folder's git history ({@code versions.from.git=true},
 * issue 14), read with JGit, read-only. The one package that uses JGit (ArchitectureTest); a build
 * without the option loads none of it.
 */
package org.jobspecs.source.git;
