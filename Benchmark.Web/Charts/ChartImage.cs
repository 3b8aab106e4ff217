using System.Security.Cryptography;
using System.Text;

namespace Benchmark.Web.Charts;

/// <summary>
/// A drawn chart: its SVG bytes, its size in CSS pixels and a version that is a hash of the bytes — the strong ETag of
/// the image and the <c>v</c> of its URL, so a browser caches exactly one content per URL.
/// </summary>
internal sealed class ChartImage
{
    private readonly byte[] _svg;

    /// <summary>The chart <paramref name="svg"/> of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public ChartImage(string svg, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(svg);
        _svg = Encoding.UTF8.GetBytes(svg);
        Width = width;
        Height = height;
        Version = Convert.ToHexStringLower(SHA256.HashData(_svg).AsSpan(0, 12));
    }

    /// <summary>The SVG document (UTF-8).</summary>
    public ReadOnlyMemory<byte> Svg => _svg;

    /// <summary>The width in CSS pixels.</summary>
    public int Width { get; }

    /// <summary>The height in CSS pixels.</summary>
    public int Height { get; }

    /// <summary>A hash of the SVG bytes (24 hex digits): the same bytes, the same version.</summary>
    public string Version { get; }

    /// <summary>The strong entity tag of the image (<c>"version"</c>).</summary>
    public string ETag => "\"" + Version + "\"";
}
