using System.Text;

namespace Benchmark.Import.Detection;

/// <summary>The text encoding of a file as detected.</summary>
/// <param name="Label">The label reported in <see cref="Benchmark.Validation.FileFormatInfo.Encoding"/>, e.g. <c>utf-8-bom</c>.</param>
/// <param name="Encoding">The decoder to use (it never throws: invalid bytes become U+FFFD).</param>
/// <param name="BomLength">The number of byte-order-mark bytes to skip at the start of the file.</param>
internal sealed record DetectedEncoding(string Label, Encoding Encoding, int BomLength);
