package org.jobspecs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jobspecs.spec.ClassCode;
import org.jobspecs.spec.JobClass;
import org.junit.jupiter.api.Test;

class TitleOrderTest {

    /** Issue 15: the keyed sort gives what sorting with the comparator it replaced gave. */
    @Test
    void sortsAsTheLowerCasedTitleThenCodeComparator() {
        Random random = new Random(13);
        String[] words = {"Analyst", "analyst", "Clerk", "CLERK", "Élan", "engineer", "Zeta", "ßeta", "İnspector", "inspector"};
        List<JobClass> classes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String title = words[random.nextInt(words.length)] + (random.nextBoolean() ? "" : " " + words[random.nextInt(words.length)]);
            classes.add(jobClass(String.valueOf(random.nextInt(5000)), title));
        }
        List<JobClass> expected = new ArrayList<>(classes);
        expected.sort(Comparator.comparing((JobClass c) -> c.title().toLowerCase(Locale.ROOT)).thenComparing(JobClass::code));
        assertEquals(expected, TitleOrder.sorted(classes));
    }

    private static JobClass jobClass(String code, String title) {
        return new JobClass(new ClassCode(code), title, "Finance", "u", "Exempt", null, null, null, null, List.of(), List.of(),
                null, null, List.of(), List.of(), List.of(), null, List.of());
    }
}
