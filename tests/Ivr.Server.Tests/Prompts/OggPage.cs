namespace Ivr.Server.Tests.Prompts;

/// <summary>Ogg's page checksum (CRC-32, polynomial 0x04C11DB7, not reflected, over the page with the field zeroed).</summary>
public static class OggPage
{
    public static void FixChecksum(byte[] file, int pageStart)
    {
        var segments = file[pageStart + 26];
        var length = 27 + segments;
        for (var i = 0; i < segments; i++)
        {
            length += file[pageStart + 27 + i];
        }
        Array.Clear(file, pageStart + 22, 4);
        uint crc = 0;
        foreach (var value in file.AsSpan(pageStart, length))
        {
            crc ^= (uint)value << 24;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
            }
        }
        BitConverter.TryWriteBytes(file.AsSpan(pageStart + 22, 4), crc);
    }
}
