package org.jobspecs.search;

import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.util.BytesRef;

/**
 * Terms held in an array in byte order, as the similar classes' in-memory readers keep them (a
 * class's term vector: {@link WordVectors}; a field of {@link CountsReader}): size, iteration and
 * seeking by binary search here; frequencies, statistics and postings from the subclass. No
 * positions, offsets or payloads.
 */
abstract class ArrayTerms extends Terms {

    final BytesRef[] terms;

    /** @param terms the terms in byte order */
    ArrayTerms(BytesRef[] terms) {
        this.terms = terms;
    }

    @Override
    public long size() {
        return terms.length;
    }

    @Override
    public boolean hasOffsets() {
        return false;
    }

    @Override
    public boolean hasPositions() {
        return false;
    }

    @Override
    public boolean hasPayloads() {
        return false;
    }

    /** An enumeration of the terms: {@code ord} is the current term's index, −1 before the first. */
    abstract static class Enum extends BaseTermsEnum {
        final BytesRef[] terms;
        int ord = -1;

        Enum(BytesRef[] terms) {
            this.terms = terms;
        }

        @Override
        public BytesRef next() {
            return ++ord < terms.length ? terms[ord] : null;
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) {
            int i = java.util.Arrays.binarySearch(terms, text);
            if (i >= 0) {
                ord = i;
                return SeekStatus.FOUND;
            }
            ord = -i - 1;
            return ord < terms.length ? SeekStatus.NOT_FOUND : SeekStatus.END;
        }

        @Override
        public void seekExact(long ord) {
            this.ord = (int) ord;
        }

        @Override
        public BytesRef term() {
            return terms[ord];
        }

        @Override
        public long ord() {
            return ord;
        }
    }
}
