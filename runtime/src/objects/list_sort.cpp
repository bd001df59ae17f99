// list.sort's algorithm: CPython 3.11's timsort (Objects/listsort.txt: natural runs extended by binary
// insertion to a minimum length, merged in powersort's order, with galloping), so that a program sees the same
// comparisons in the same order, and a comparison that raises leaves the items in the same permutation as
// CPython leaves them. Positions are sorted, never the objects: every step keeps `pos` a permutation, so a
// raising comparison cannot leave a moved-from object behind.
#include <algorithm>
#include <vector>

#include "internal/values.h"
#include "pyco/ops.h"

namespace pyco {
namespace {

constexpr size_t kMinGallop = 7;

class TimSort {
public:
    TimSort(const std::vector<Object>& keys, std::vector<size_t>& pos) : keys_(keys), a_(pos) {}

    void sort() {
        size_t n = a_.size();
        if (n < 2) return;
        size_t minrun = compute_minrun(n);
        size_t lo = 0, remaining = n;
        while (remaining) {
            bool descending = false;
            size_t run = count_run(lo, lo + remaining, descending);
            if (descending) std::reverse(a_.begin() + ptrdiff_t(lo), a_.begin() + ptrdiff_t(lo + run));
            if (run < minrun) {
                size_t force = remaining <= minrun ? remaining : minrun;
                binary_insertion(lo, lo + force, lo + run);
                run = force;
            }
            found_new_run(run);
            pending_.push_back({lo, run, 0});
            lo += run;
            remaining -= run;
        }
        while (pending_.size() > 1) {  // merge_force_collapse
            size_t i = pending_.size() - 2;
            if (i > 0 && pending_[i - 1].len < pending_[i + 1].len) --i;
            merge_at(i);
        }
    }

private:
    struct Run {
        size_t base, len;
        int power;
    };

    const std::vector<Object>& keys_;
    std::vector<size_t>& a_;
    std::vector<size_t> tmp_;
    std::vector<Run> pending_;
    size_t min_gallop_ = kMinGallop;

    bool lt(size_t x, size_t y) const { return compare_bool(CmpOp::Lt, keys_[x], keys_[y]); }

    static size_t compute_minrun(size_t n) {
        size_t r = 0;  // 1 when any bit shifted off is set
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    // The length of the run starting at lo: ascending (a[i] >= a[i-1]) or strictly descending.
    size_t count_run(size_t lo, size_t hi, bool& descending) {
        size_t i = lo + 1;
        if (i == hi) return 1;
        if (lt(a_[i], a_[i - 1])) {
            descending = true;
            for (++i; i < hi && lt(a_[i], a_[i - 1]); ++i) {
            }
        } else {
            for (++i; i < hi && !lt(a_[i], a_[i - 1]); ++i) {
            }
        }
        return i - lo;
    }

    // [lo, start) is sorted; inserts a[start], ..., a[hi-1] each after the equal items before it.
    void binary_insertion(size_t lo, size_t hi, size_t start) {
        if (start == lo) ++start;
        for (; start < hi; ++start) {
            size_t pivot = a_[start];
            size_t l = lo, r = start;
            do {
                size_t p = l + ((r - l) >> 1);
                if (lt(pivot, a_[p])) r = p;
                else l = p + 1;
            } while (l < r);
            for (size_t k = start; k > l; --k) a_[k] = a_[k - 1];
            a_[l] = pivot;
        }
    }

    // Powersort's node power of the boundary between the runs [s1, s1+n1) and [s1+n1, s1+n1+n2) in a list of n.
    static int power_of(size_t s1, size_t n1, size_t n2, size_t n) {
        int result = 0;
        size_t x = 2 * s1 + n1, y = x + n1 + n2;  // twice the runs' midpoints
        while (true) {
            ++result;
            if (x >= n) {
                x -= n;
                y -= n;
            } else if (y >= n) {
                break;
            }
            x <<= 1;
            y <<= 1;
        }
        return result;
    }

    void found_new_run(size_t n2) {
        if (pending_.empty()) return;
        const Run& last = pending_.back();
        int power = power_of(last.base, last.len, n2, a_.size());
        while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power) merge_at(pending_.size() - 2);
        pending_.back().power = power;
    }

    // The first k in p[0, n) where `before` (true for a prefix of p, then false) is false: gallops from
    // p[hint] to bracket k, then searches the bracket. gallop_left and gallop_right below are the two uses.
    template <class Before>
    static size_t gallop(const size_t* p, size_t n, size_t hint, Before before) {
        size_t last = 0, ofs = 1;
        if (before(p[hint])) {
            size_t maxofs = n - hint;
            while (ofs < maxofs && before(p[hint + ofs])) {
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            last += hint;
            ofs += hint;
        } else {
            size_t maxofs = hint + 1;
            while (ofs < maxofs && !before(p[hint - ofs])) {
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            size_t k = last;
            last = hint - ofs;  // one below the bracket; wraps to SIZE_MAX for -1, undone by the ++ below
            ofs = hint - k;
        }
        ++last;
        while (last < ofs) {
            size_t m = last + ((ofs - last) >> 1);
            if (before(p[m])) last = m + 1;
            else ofs = m;
        }
        return ofs;
    }
    // The first k with key <= p[k], and the first k with key < p[k].
    size_t gallop_left(size_t key, const size_t* p, size_t n, size_t hint) const {
        return gallop(p, n, hint, [&](size_t x) { return lt(x, key); });
    }
    size_t gallop_right(size_t key, const size_t* p, size_t n, size_t hint) const {
        return gallop(p, n, hint, [&](size_t x) { return !lt(key, x); });
    }

    void merge_at(size_t i) {
        size_t base_a = pending_[i].base, na = pending_[i].len;
        size_t base_b = pending_[i + 1].base, nb = pending_[i + 1].len;
        pending_[i].len = na + nb;
        pending_.erase(pending_.begin() + ptrdiff_t(i + 1));
        // Items of a before b's first one, and of b after a's last one, are in place already.
        size_t k = gallop_right(a_[base_b], &a_[base_a], na, 0);
        base_a += k;
        na -= k;
        if (na == 0) return;
        nb = gallop_left(a_[base_a + na - 1], &a_[base_b], nb, nb - 1);
        if (nb == 0) return;
        if (na <= nb) merge_lo(base_a, na, base_b, nb);
        else merge_hi(base_a, na, base_b, nb);
    }

    // Merges the adjacent runs a and b (na <= nb) from the left, with a copied aside. Whatever happens, the
    // items of a not yet placed go back into the hole they left, so positions stay a permutation.
    void merge_lo(size_t sa, size_t na, size_t sb, size_t nb) {
        tmp_.assign(a_.begin() + ptrdiff_t(sa), a_.begin() + ptrdiff_t(sa + na));
        size_t ta = 0;  // next of a, in tmp_
        size_t dest = sa;
        a_[dest++] = a_[sb++];
        --nb;
        auto copy_b_then_last_a = [&] {  // na == 1: a's last item goes after what is left of b
            for (size_t k = 0; k < nb; ++k) a_[dest + k] = a_[sb + k];
            a_[dest + nb] = tmp_[ta];
        };
        if (nb == 0) {
            for (size_t k = 0; k < na; ++k) a_[dest + k] = tmp_[ta + k];
            return;
        }
        if (na == 1) return copy_b_then_last_a();
        size_t min_gallop = min_gallop_;
        try {
            while (true) {
                size_t acount = 0, bcount = 0;
                while (true) {  // one at a time, until one run wins often
                    if (lt(a_[sb], tmp_[ta])) {
                        a_[dest++] = a_[sb++];
                        ++bcount;
                        acount = 0;
                        if (--nb == 0) goto succeed;
                        if (bcount >= min_gallop) break;
                    } else {
                        a_[dest++] = tmp_[ta++];
                        ++acount;
                        bcount = 0;
                        if (--na == 1) return copy_b_then_last_a();
                        if (acount >= min_gallop) break;
                    }
                }
                ++min_gallop;
                do {  // galloping
                    min_gallop -= min_gallop > 1;
                    min_gallop_ = min_gallop;
                    size_t k = gallop_right(a_[sb], &tmp_[ta], na, 0);
                    acount = k;
                    if (k) {
                        for (size_t j = 0; j < k; ++j) a_[dest + j] = tmp_[ta + j];
                        dest += k;
                        ta += k;
                        na -= k;
                        if (na == 1) return copy_b_then_last_a();
                        if (na == 0) goto succeed;
                    }
                    a_[dest++] = a_[sb++];
                    if (--nb == 0) goto succeed;
                    k = gallop_left(tmp_[ta], &a_[sb], nb, 0);
                    bcount = k;
                    if (k) {
                        for (size_t j = 0; j < k; ++j) a_[dest + j] = a_[sb + j];
                        dest += k;
                        sb += k;
                        nb -= k;
                        if (nb == 0) goto succeed;
                    }
                    a_[dest++] = tmp_[ta++];
                    if (--na == 1) return copy_b_then_last_a();
                } while (acount >= kMinGallop || bcount >= kMinGallop);
                ++min_gallop;
                min_gallop_ = min_gallop;
            }
        } catch (...) {
            for (size_t k = 0; k < na; ++k) a_[dest + k] = tmp_[ta + k];
            throw;
        }
    succeed:
        for (size_t k = 0; k < na; ++k) a_[dest + k] = tmp_[ta + k];
    }

    // Merges the adjacent runs a and b (na > nb) from the right, with b copied aside. Whatever happens, the
    // items of b not yet placed go back into the hole they left.
    void merge_hi(size_t sa, size_t na, size_t sb, size_t nb) {
        tmp_.assign(a_.begin() + ptrdiff_t(sb), a_.begin() + ptrdiff_t(sb + nb));
        const size_t base_a = sa;
        // Indices one past the next item to take (so that they never go below zero).
        size_t dest = sb + nb;   // a_[dest-1] is the next slot to fill
        size_t ia = sa + na;     // a_[ia-1] is a's last unplaced item
        size_t tb = nb;          // tmp_[tb-1] is b's last unplaced item
        a_[--dest] = a_[--ia];
        --na;
        auto put_back_b = [&] {  // what is left of b fills the hole, which is exactly its size
            for (size_t k = 0; k < nb; ++k) a_[dest - nb + k] = tmp_[k];
        };
        auto copy_a_then_first_b = [&] {  // nb == 1: b's first item goes before what is left of a
            for (size_t k = 0; k < na; ++k) a_[dest - 1 - k] = a_[ia - 1 - k];
            a_[dest - 1 - na] = tmp_[0];
        };
        if (na == 0) return put_back_b();
        if (nb == 1) return copy_a_then_first_b();
        size_t min_gallop = min_gallop_;
        try {
            while (true) {
                size_t acount = 0, bcount = 0;
                while (true) {
                    if (lt(tmp_[tb - 1], a_[ia - 1])) {
                        a_[--dest] = a_[--ia];
                        ++acount;
                        bcount = 0;
                        if (--na == 0) goto succeed;
                        if (acount >= min_gallop) break;
                    } else {
                        a_[--dest] = tmp_[--tb];
                        ++bcount;
                        acount = 0;
                        if (--nb == 1) return copy_a_then_first_b();
                        if (bcount >= min_gallop) break;
                    }
                }
                ++min_gallop;
                do {
                    min_gallop -= min_gallop > 1;
                    min_gallop_ = min_gallop;
                    size_t k = na - gallop_right(tmp_[tb - 1], &a_[base_a], na, na - 1);
                    acount = k;
                    if (k) {
                        for (size_t j = 0; j < k; ++j) a_[dest - 1 - j] = a_[ia - 1 - j];
                        dest -= k;
                        ia -= k;
                        na -= k;
                        if (na == 0) goto succeed;
                    }
                    a_[--dest] = tmp_[--tb];
                    if (--nb == 1) return copy_a_then_first_b();
                    k = nb - gallop_left(a_[ia - 1], &tmp_[0], nb, nb - 1);
                    bcount = k;
                    if (k) {
                        for (size_t j = 0; j < k; ++j) a_[dest - 1 - j] = tmp_[tb - 1 - j];
                        dest -= k;
                        tb -= k;
                        nb -= k;
                        if (nb == 1) return copy_a_then_first_b();
                        if (nb == 0) goto succeed;
                    }
                    a_[--dest] = a_[--ia];
                    if (--na == 0) goto succeed;
                } while (acount >= kMinGallop || bcount >= kMinGallop);
                ++min_gallop;
                min_gallop_ = min_gallop;
            }
        } catch (...) {
            put_back_b();
            throw;
        }
    succeed:
        put_back_b();
    }
};

}  // namespace

void timsort_positions(const std::vector<Object>& keys, std::vector<size_t>& pos) { TimSort(keys, pos).sort(); }

}  // namespace pyco
