using System.Buffers;
using System.Runtime.CompilerServices;

namespace Benchmark.Statistics;

/// <summary>
/// Sorts finite doubles ascending with an item each, in linear time: a stable least-significant-digit radix sort over
/// the doubles' bits mapped to unsigned integers in the same order (negative numbers reversed, −0 just before +0), 11
/// bits a pass, skipping the passes in which every key has the same digit. For the tens of thousands of values of a
/// large group it is several times faster than a comparison sort (measured: statistics and ranks of the 10M-row job
/// 0.75 → 0.5 s, docs/performance.md); below <see cref="From"/> values it is one.
/// </summary>
/// <remarks>
/// Equal keys keep their input order (the sort is stable), so ties come out the same however often it runs; rank
/// figures treat equal keys as ties in any order. The keys must not be NaN.
/// </remarks>
internal static class RadixSort
{
    /// <summary>From this many keys the radix sort is used; below, <see cref="MemoryExtensions.Sort{TKey, TValue}(Span{TKey}, Span{TValue})"/>.</summary>
    public const int From = 512;

    private const int Bits = 11;
    private const int Buckets = 1 << Bits;
    private const int Passes = (64 + Bits - 1) / Bits;

    /// <summary>Sorts <paramref name="keys"/> ascending and moves <paramref name="items"/> along.</summary>
    /// <exception cref="ArgumentException">When the spans differ in length.</exception>
    public static void Sort(Span<double> keys, Span<int> items)
    {
        if (keys.Length != items.Length)
        {
            throw new ArgumentException("Keys and items must have the same length.", nameof(items));
        }

        var n = keys.Length;
        if (n < From)
        {
            keys.Sort(items);
            return;
        }

        var bitsA = ArrayPool<ulong>.Shared.Rent(n);
        var bitsB = ArrayPool<ulong>.Shared.Rent(n);
        var itemsB = ArrayPool<int>.Shared.Rent(n);
        var counts = ArrayPool<int>.Shared.Rent(Passes * Buckets);
        try
        {
            Array.Clear(counts, 0, Passes * Buckets);
            for (var i = 0; i < n; i++)
            {
                var bits = Ordered(keys[i]);
                bitsA[i] = bits;
                for (var p = 0; p < Passes; p++)
                {
                    counts[(p * Buckets) + (int)((bits >> (p * Bits)) & (Buckets - 1))]++;
                }
            }

            Span<ulong> source = bitsA.AsSpan(0, n), target = bitsB.AsSpan(0, n);
            Span<int> sourceItems = items, targetItems = itemsB.AsSpan(0, n);
            for (var p = 0; p < Passes; p++)
            {
                var count = counts.AsSpan(p * Buckets, Buckets);
                if (count[(int)((source[0] >> (p * Bits)) & (Buckets - 1))] == n)
                {
                    continue; // every key has this digit
                }

                // Counts become the first position of each digit.
                var position = 0;
                for (var b = 0; b < Buckets; b++)
                {
                    (count[b], position) = (position, position + count[b]);
                }

                var shift = p * Bits;
                for (var i = 0; i < n; i++)
                {
                    var bits = source[i];
                    var at = count[(int)((bits >> shift) & (Buckets - 1))]++;
                    target[at] = bits;
                    targetItems[at] = sourceItems[i];
                }

                var swap = source;
                source = target;
                target = swap;
                var swapItems = sourceItems;
                sourceItems = targetItems;
                targetItems = swapItems;
            }

            for (var i = 0; i < n; i++)
            {
                keys[i] = FromOrdered(source[i]);
            }

            if (!Unsafe.AreSame(ref sourceItems[0], ref items[0]))
            {
                sourceItems.CopyTo(items);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(bitsA);
            ArrayPool<ulong>.Shared.Return(bitsB);
            ArrayPool<int>.Shared.Return(itemsB);
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    /// <summary>The bits of <paramref name="x"/> as an unsigned integer that sorts as the doubles do.</summary>
    private static ulong Ordered(double x)
    {
        var bits = (ulong)BitConverter.DoubleToInt64Bits(x);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static double FromOrdered(ulong bits) =>
        BitConverter.Int64BitsToDouble((long)((bits & 0x8000_0000_0000_0000UL) != 0 ? bits & 0x7FFF_FFFF_FFFF_FFFFUL : ~bits));
}
