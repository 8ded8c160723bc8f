using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tests;

/// <summary>The linear model's fast scoring (prefetch, dense SIMD rows, bit-level half conversion) against plain arithmetic.</summary>
public sealed class LinearModelTests
{
    [Fact]
    public void Half_to_float_conversion_is_exact_for_every_half()
    {
        for (int bits = 0; bits <= ushort.MaxValue; bits++)
        {
            var h = BitConverter.UInt16BitsToHalf((ushort)bits);
            Assert.Equal(BitConverter.SingleToUInt32Bits((float)h), BitConverter.SingleToUInt32Bits(LinearModel.ToSingle(h)));
        }
    }

    /// <summary>A model with short (sparse) and long (dense) rows, and what a plain loop over its rows sums to.</summary>
    private static (LinearModel Model, ulong[] Keys, int[] Starts, byte[] Classes, float[] Weights) RandomModel(int seed)
    {
        var rng = new Random(seed);
        const int classCount = 103, rows = 3000;
        var keys = new ulong[rows];
        var starts = new int[rows + 1];
        var classes = new List<byte>();
        var weights = new List<float>();
        for (int r = 0; r < rows; r++)
        {
            keys[r] = (ulong)rng.NextInt64() ^ ((ulong)r << 60);
            starts[r] = classes.Count;
            int n = r % 7 == 0 ? rng.Next(16, classCount + 1) : rng.Next(1, 16);
            foreach (int c in Enumerable.Range(0, classCount).OrderBy(_ => rng.Next()).Take(n))
            {
                classes.Add((byte)c);
                weights.Add((float)(Half)(rng.NextDouble() * 20 - 10));
            }
        }
        starts[rows] = classes.Count;
        var names = Enumerable.Range(0, classCount).Select(c => "c" + c).ToArray();
        return (new LinearModel(names, keys, starts, [.. classes], [.. weights]), keys, starts, [.. classes], [.. weights]);
    }

    private static float[] PlainScores(ulong[] features, ulong[] keys, int[] starts, byte[] classes, float[] weights)
    {
        var scores = new float[103];
        var row = keys.Select((k, r) => (k, r)).ToDictionary(t => t.k, t => t.r);
        foreach (var f in features)
            if (row.TryGetValue(f, out int r))
                for (int i = starts[r]; i < starts[r + 1]; i++) scores[classes[i]] += weights[i];
        return scores;
    }

    [Fact]
    public void Scores_equal_a_plain_loop_over_the_rows_bit_for_bit_and_survive_a_round_trip()
    {
        var (model, keys, starts, classes, weights) = RandomModel(7);
        var path = Path.GetTempFileName();
        try
        {
            LinearModel.WriteGz(path, model.Write);
            LinearModel reread;
            using (var gz = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress))
            using (var r = new BinaryReader(gz))
                reread = LinearModel.Read(r);
            Assert.Equal(model.FeatureCount, reread.FeatureCount);
            Assert.Equal(model.WeightCount, reread.WeightCount);
            var rng = new Random(11);
            var scores = new float[103];
            for (int t = 0; t < 500; t++)
            {
                // Features in the model (some twice) mixed with unknown ones, in random order.
                var features = Enumerable.Range(0, 95).Select(_ => rng.Next(4) == 0 ? (ulong)rng.NextInt64() : keys[rng.Next(keys.Length)]).ToArray();
                var expected = PlainScores(features, keys, starts, classes, weights);
                foreach (var m in new[] { model, reread })
                {
                    m.Score(features, scores);
                    Assert.Equal(expected.Select(BitConverter.SingleToUInt32Bits), scores.Select(BitConverter.SingleToUInt32Bits));
                }
            }
        }
        finally { File.Delete(path); }
    }
}
