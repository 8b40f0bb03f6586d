namespace Intake.Web.Teams;

/// <summary>
/// The app's two icons, drawn here so the package needs no image files: a white medical cross on the
/// accent colour (192×192, opaque) and the same cross in white on transparent (32×32), as Teams requires.
/// </summary>
internal static class TeamsIcons
{
    private static readonly (byte R, byte G, byte B) Accent = (0x1F, 0x6F, 0xB2);

    public static byte[] Color() => Draw(192, 40, 128, background: (Accent.R, Accent.G, Accent.B, 255));

    public static byte[] Outline() => Draw(32, 8, 26, background: (255, 255, 255, 0));

    // A plus sign centred in a square: two bars of the given thickness and length.
    private static byte[] Draw(int size, int thickness, int length, (byte R, byte G, byte B, byte A) background)
    {
        var pixels = new byte[size * size * 4];
        var low = (size - thickness) / 2;
        var start = (size - length) / 2;
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var inBar = (x >= low && x < low + thickness && y >= start && y < start + length)
                    || (y >= low && y < low + thickness && x >= start && x < start + length);
                var (r, g, b, a) = inBar ? ((byte)255, (byte)255, (byte)255, (byte)255) : background;
                var i = ((y * size) + x) * 4;
                pixels[i] = r;
                pixels[i + 1] = g;
                pixels[i + 2] = b;
                pixels[i + 3] = a;
            }
        }

        return PngImage.Encode(size, size, pixels);
    }
}
