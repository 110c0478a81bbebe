package org.agendapack.tickets;

import java.util.HashMap;
import java.util.Map;

/**
 * The ticket ids seen so far, to find one given twice, kept small whatever the export's size.
 * <p>
 * Service desks number their tickets: a prefix and a running number ("INC0012345", "SR00012345", "I 1806
 * 012"). Such an id is one bit in a bitmap of its prefix (and digit count, so "INC012" and "INC12" stay
 * apart), in pages of 65,536 numbers made as needed: a million running numbers take 128 KB. An id of another
 * form, or a prefix whose numbers are too scattered for pages to pay (under one number in 512), is kept as a
 * 64-bit hash in an open-addressing table (8 bytes an id, 16 at most with its free slots); two different
 * ids with the same 64-bit hash would be reported as a duplicate, a chance of about 1 in 400,000 in a
 * ten-million-ticket export.
 */
final class TicketIds {

    private static final int PAGE_BITS = 16;
    private static final int PAGE_WORDS = (1 << PAGE_BITS) / 64;
    /** A prefix moves to the hash table when its pages hold fewer than one number in this many. */
    private static final int SPARSE = 512;
    /** ... but only once it has this many pages (a small export never needs to). */
    private static final int MIN_PAGES_TO_MOVE = 64;

    private final Map<String, Prefix> prefixes = new HashMap<>();
    private long[] hashes = new long[1 << 10];
    private int hashed;
    private boolean zeroSeen;
    /** The prefixes used last, found without making a key (an export interleaves a few: "IN", "SR"). */
    private final Prefix[] recent = new Prefix[8];
    private int nextRecent;

    private static final class Prefix {
        final String text;
        final int digits;
        final Map<Long, long[]> pages = new HashMap<>();
        long count;
        boolean hashedOnly;
        /** The page used last: numbers mostly come close together. */
        long lastPageIndex = -1;
        long[] lastPage;

        Prefix(String text, int digits) {
            this.text = text;
            this.digits = digits;
        }
    }

    private Prefix recent(String id, int digitsFrom, int digits) {
        for (Prefix p : recent) {
            if (p != null && p.digits == digits && p.text.length() == digitsFrom && id.regionMatches(0, p.text, 0, digitsFrom)) {
                return p;
            }
        }
        String text = id.substring(0, digitsFrom);
        Prefix p = prefixes.computeIfAbsent(text + '\u0000' + digits, k -> new Prefix(text, digits));
        recent[nextRecent] = p;
        nextRecent = (nextRecent + 1) % recent.length;
        return p;
    }

    /** Adds an id; false if it was already there. */
    boolean add(String id) {
        int n = id.length();
        int digitsFrom = n;
        while (digitsFrom > 0 && Character.isDigit(id.charAt(digitsFrom - 1)) && id.charAt(digitsFrom - 1) < 128) {
            digitsFrom--;
        }
        int digits = n - digitsFrom;
        if (digits == 0 || digits > 18) {
            return addHash(hash(id));
        }
        Prefix p = recent(id, digitsFrom, digits);
        if (p.hashedOnly) {
            return addHash(hash(id));
        }
        long number = Long.parseLong(id, digitsFrom, n, 10);
        long pageIndex = number >>> PAGE_BITS;
        long[] page;
        if (pageIndex == p.lastPageIndex) {
            page = p.lastPage;
        } else {
            page = p.pages.computeIfAbsent(pageIndex, k -> new long[PAGE_WORDS]);
            p.lastPage = page;
            p.lastPageIndex = pageIndex;
        }
        int bit = (int) (number & ((1 << PAGE_BITS) - 1));
        long mask = 1L << (bit & 63);
        if ((page[bit >>> 6] & mask) != 0) {
            return false;
        }
        page[bit >>> 6] |= mask;
        p.count++;
        if (p.pages.size() >= MIN_PAGES_TO_MOVE && p.count * SPARSE < (long) p.pages.size() << PAGE_BITS) {
            moveToHashes(id.substring(0, digitsFrom), digits, p);
        }
        return true;
    }

    /** Numbers too scattered for pages: every one of the prefix goes to the hash table, as its id's hash. */
    private void moveToHashes(String prefix, int digits, Prefix p) {
        for (Map.Entry<Long, long[]> e : p.pages.entrySet()) {
            long base = e.getKey() << PAGE_BITS;
            long[] page = e.getValue();
            for (int w = 0; w < page.length; w++) {
                long word = page[w];
                while (word != 0) {
                    int b = Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    String number = Long.toString(base + w * 64L + b);
                    addHash(hash(prefix + "0".repeat(Math.max(0, digits - number.length())) + number));
                }
            }
        }
        p.pages.clear();
        p.hashedOnly = true;
        p.lastPageIndex = -1;
        p.lastPage = null;
    }

    private boolean addHash(long h) {
        if (h == 0) {
            if (zeroSeen) {
                return false;
            }
            zeroSeen = true;
            return true;
        }
        if ((hashed + 1) * 2L > hashes.length) {
            grow();
        }
        int mask = hashes.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != 0) {
            if (hashes[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        hashed++;
        return true;
    }

    private void grow() {
        long[] old = hashes;
        hashes = new long[old.length * 2];
        int mask = hashes.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
            }
        }
    }

    /** 64-bit FNV-1a over the id's characters, then mixed (splitmix64's finaliser). */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Bytes held, roughly: for the README's claim and the tests. */
    long footprint() {
        long pages = prefixes.values().stream().mapToLong(p -> p.pages.size()).sum();
        return pages * PAGE_WORDS * 8L + hashes.length * 8L;
    }
}
