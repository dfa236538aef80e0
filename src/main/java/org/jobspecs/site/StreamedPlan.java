package org.jobspecs.site;

import java.util.List;
import java.util.function.Supplier;

/**
 * Issue 15: a build's plan whose class pages are not made ahead. A class page's view (its sections,
 * pictures, JSON-LD, requirements, similar classes) is the largest part of a plan: a plan holding
 * every one of them held most of a 10,000-class build's memory. Here each class page is made only
 * when it is asked for, right before it is rendered, and nothing keeps it afterwards. The other pages
 * (listings, schedules, units, changes, the sitemap…) are made a group at a time in the same way
 * ({@link PageGroups}): at 100,000 classes, made ahead, their views took some 500 MB.
 *
 * <p>The pages are those of {@link SitePlanner#plan}, equal page for page.
 */
public final class StreamedPlan {

    private List<Supplier<Page>> classPages;
    private final int classCount;
    private PageGroups pages;
    private final List<List<String>> synonyms;
    private final java.nio.file.Path dictionary;

    StreamedPlan(List<Supplier<Page>> classPages, PageGroups pages, List<List<String>> synonyms, java.nio.file.Path dictionary) {
        this.classPages = List.copyOf(classPages);
        this.classCount = classPages.size();
        this.pages = pages;
        this.synonyms = synonyms;
        this.dictionary = dictionary;
    }

    /**
     * The class pages, in class-code order, each made anew when asked for (from any thread). Given
     * once: the plan then lets go of them, and of the catalog they are made from.
     *
     * @throws IllegalStateException when they were taken already
     */
    public synchronized List<Supplier<Page>> takeClassPages() {
        if (classPages == null) {
            throw new IllegalStateException("the class pages were taken already");
        }
        List<Supplier<Page>> taken = classPages;
        classPages = null;
        return taken;
    }

    /** How many class pages the site has. */
    public int classPageCount() {
        return classCount;
    }

    /**
     * Every page but the class pages, in groups made when asked for, in a fixed order. Given once, as
     * the class pages: a build renders them first, and their views are free to go as soon as they are rendered.
     *
     * @throws IllegalStateException when they were taken already
     */
    public synchronized PageGroups takePages() {
        if (pages == null) {
            throw new IllegalStateException("the pages were taken already");
        }
        PageGroups taken = pages;
        pages = null;
        return taken;
    }

    /** As {@link SitePlan#synonyms}. */
    public List<List<String>> synonyms() {
        return synonyms;
    }

    /** As {@link SitePlan#dictionary}. */
    public java.nio.file.Path dictionary() {
        return dictionary;
    }
}
