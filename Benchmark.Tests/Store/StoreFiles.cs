using System.Text;

namespace Benchmark.Tests.Store;

/// <summary>Small CSV files for store tests, written into a test's temporary folder.</summary>
internal static class StoreFiles
{
    /// <summary>Windows-1252, as Dutch Excel writes "CSV (;-gescheiden)".</summary>
    public static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    /// <summary>Writes <paramref name="lines"/> joined by <paramref name="eol"/> (and one at the end) as UTF-8 without BOM.</summary>
    public static string Write(string folder, string name, string eol, params string[] lines) =>
        WriteBytes(folder, name, Encoding.UTF8.GetBytes(string.Join(eol, lines) + eol));

    /// <summary>Writes bytes to <paramref name="folder"/>/<paramref name="name"/> and returns the path.</summary>
    public static string WriteBytes(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A repository sample, e.g. <c>benchmark-2024.csv</c>.</summary>
    public static string Sample(string name) => Path.Combine(TestPaths.Samples, name);
}
