using System.Buffers.Binary;
using System.IO.Compression;

namespace Ivr.Server.Tests.Hosting;

/// <summary>
/// The characters a WOFF2 font has glyphs for, read from its <c>cmap</c> table (formats 4 and 12), as a browser would
/// before falling back to another font or drawing <c>.notdef</c>. Just enough of WOFF2 (W3C, section 4-5) for that:
/// the table directory, and the one Brotli stream every table is in (<c>cmap</c> is never transformed).
/// </summary>
public sealed class Woff2Cmap
{
    private const int Cmap = 0, Glyf = 10, Loca = 11, ArbitraryTag = 63;
    private readonly Func<int, bool> hasGlyph;

    private Woff2Cmap(Func<int, bool> hasGlyph) => this.hasGlyph = hasGlyph;

    public bool HasGlyph(int codePoint) => hasGlyph(codePoint);

    public static Woff2Cmap Read(byte[] file)
    {
        if (BinaryPrimitives.ReadUInt32BigEndian(file) != 0x774F4632) // "wOF2"
        {
            throw new InvalidDataException("not a WOFF2 file");
        }
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(12));
        var position = 48;
        var (cmapOffset, cmapLength, offset) = (-1, 0, 0);
        for (var i = 0; i < tableCount; i++)
        {
            var flags = file[position++];
            var tag = flags & 0x3F;
            if (tag == ArbitraryTag)
            {
                position += 4;
            }
            var length = Base128(file, ref position);
            var transformVersion = flags >> 6;
            // glyf and loca are transformed unless version 3; every other table only with a non-zero version.
            if ((tag is Glyf or Loca) ? transformVersion != 3 : transformVersion != 0)
            {
                length = Base128(file, ref position);
            }
            if (tag == Cmap)
            {
                (cmapOffset, cmapLength) = (offset, length);
            }
            offset += length;
        }
        var tables = new byte[offset];
        var compressedLength = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(20));
        if (!BrotliDecoder.TryDecompress(file.AsSpan(position, compressedLength), tables, out var written) || written != offset || cmapOffset < 0)
        {
            throw new InvalidDataException("the tables did not decompress, or there is no cmap");
        }
        return new Woff2Cmap(Subtable(tables.AsSpan(cmapOffset, cmapLength).ToArray()));
    }

    private static int Base128(byte[] data, ref int position)
    {
        var value = 0;
        for (var i = 0; i < 5; i++)
        {
            var b = data[position++];
            value = (value << 7) | (b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
        throw new InvalidDataException("UIntBase128 longer than 5 bytes");
    }

    // The Windows Unicode subtable: full repertoire (3, 10; format 12) when present, else BMP (3, 1; format 4).
    private static Func<int, bool> Subtable(byte[] cmap)
    {
        int U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(at));
        uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(cmap.AsSpan(at));
        var records = Enumerable.Range(0, U16(2)).Select(i => 4 + i * 8).Select(at => (Platform: U16(at), Encoding: U16(at + 2), Offset: (int)U32(at + 4))).ToList();
        if (records.FirstOrDefault(r => r is { Platform: 3, Encoding: 10 }) is { Offset: > 0 } full && U16(full.Offset) == 12)
        {
            var at = full.Offset;
            var groups = Enumerable.Range(0, (int)U32(at + 12)).Select(i => at + 16 + i * 12).Select(g => (Start: U32(g), End: U32(g + 4))).ToList();
            return codePoint => groups.Any(g => codePoint >= g.Start && codePoint <= g.End);
        }
        var bmp = records.First(r => r is { Platform: 3, Encoding: 1 }).Offset;
        var segments = U16(bmp + 6) / 2;
        int Field(int array, int segment) => U16(bmp + 14 + array * (segments * 2) + (array > 0 ? 2 : 0) + segment * 2);
        return codePoint =>
        {
            for (var s = 0; s < segments; s++)
            {
                var (end, start) = (Field(0, s), Field(1, s));
                if (codePoint > end || codePoint < start)
                {
                    continue;
                }
                var (delta, rangeOffset) = (Field(2, s), Field(3, s));
                if (rangeOffset == 0)
                {
                    return ((codePoint + delta) & 0xFFFF) != 0;
                }
                var glyphAt = bmp + 14 + 3 * (segments * 2) + 2 + s * 2 + rangeOffset + (codePoint - start) * 2;
                var glyph = U16(glyphAt);
                return glyph != 0 && ((glyph + delta) & 0xFFFF) != 0;
            }
            return false;
        };
    }
}
