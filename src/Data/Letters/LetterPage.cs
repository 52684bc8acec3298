namespace Waardering.Data.Letters;

/// <summary>
/// Where things stand on an A4 letter, in millimetres from the sheet's top-left corner.
/// The address block sits in the address field of DIN 5008 form B, the form for window envelopes
/// (A4 folded in three, EA5/6 or C5/6 with the window on the left): 85 × 45 mm, 20 mm from the
/// left edge and 45 mm from the top (din-5008-richtlinien.de, "Anschriftenfeld"). The field's
/// upper 17.7 mm is for a return address and postal notes, which these letters keep out of the
/// window (the return address is in the letterhead);
/// the address itself has at most six lines. PostNL asks that nothing but the address shows in
/// the window and that it keeps clear of the window's edges (PostNL, "Adresseren van post"), so
/// the block starts 5 mm inside the field and 6 mm below its top, and ends well above its bottom.
/// </summary>
public static class LetterPage
{
    public const double Width = 210;
    public const double Height = 297;

    public const double WindowLeft = 20;
    public const double WindowTop = 45;
    public const double WindowWidth = 85;
    public const double WindowHeight = 45;

    public const double AddressLeft = WindowLeft + 5;
    public const double AddressTop = WindowTop + 6;
    public const int AddressMaxLines = 6;

    public const double Left = 25;
    public const double Right = 185;
    public const double ReferenceTop = 100;
    public const double BodyTop = 125;
    public const double NextPageTop = 25;
    public const double BodyBottom = 270;
    public const double FooterTop = 282;

    public const double LetterheadLeft = 120;
    public const double LetterheadTop = 15;
}
