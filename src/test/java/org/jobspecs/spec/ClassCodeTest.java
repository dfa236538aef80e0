package org.jobspecs.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassCodeTest {

    /** The order by the codes' keys, as the documentation states it (numbers by value, else text; equal keys by the code as written). */
    private static int byKeys(ClassCode x, ClassCode y) {
        String a = x.key();
        String b = y.key();
        if (a.length() != b.length() && a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)) {
            return Integer.compare(a.length(), b.length());
        }
        int byKey = a.compareTo(b);
        return byKey != 0 ? byKey : x.value().compareTo(y.value());
    }

    @Test
    void ordersNumbersByValueAndTheRestByKey() {
        List<ClassCode> codes = new ArrayList<>(List.of(new ClassCode("100"), new ClassCode("20"), new ClassCode("0075a"),
                new ClassCode("75A"), new ClassCode("M-104"), new ClassCode("m-104"), new ClassCode("3"), new ClassCode("003")));
        codes.sort(null);
        assertEquals(List.of("003", "3", "20", "100", "0075a", "75A", "M-104", "m-104").toString(), // "100" before "75A": text, as "75A" is not a number
                codes.stream().map(ClassCode::value).toList().toString());
    }

    /** Issue 15: compareTo works from what the constructor worked out once; it must agree with the keys' order everywhere. */
    @Test
    void precomputedComparisonAgreesWithTheKeysOrder() {
        Random random = new Random(15);
        String alphabet = "0000123456789aAbBzZ-_é";
        List<ClassCode> codes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            codes.add(new ClassCode(s.toString()));
        }
        for (ClassCode x : codes) {
            for (ClassCode y : codes) {
                assertEquals(Integer.signum(byKeys(x, y)), Integer.signum(x.compareTo(y)), x + " against " + y);
            }
        }
    }

    @Test
    void equalityIsTheCodeAsWritten() {
        assertEquals(new ClassCode("7565"), new ClassCode("7565"));
        assertEquals(new ClassCode("7565").hashCode(), "7565".hashCode());
        assertNotEquals(new ClassCode("075"), new ClassCode("75"));
        assertEquals("M-104", new ClassCode("M-104").toString());
    }
}
