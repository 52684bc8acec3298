namespace Waardering.Data.Outbox;

/// <summary>
/// The municipality's support on offer as a caregiver's mail or letter carries it in its model
/// (<see cref="Mail.ICaregiverMail"/>), in the order an admin set, as it stands when written.
/// </summary>
public static class SupportOffers
{
    /// <summary>A JSON array expression of the support of the municipality in <paramref name="municipalityColumn"/>.</summary>
    public static string Json(string municipalityColumn) => $"""
        coalesce((
            select jsonb_agg(jsonb_build_object('name', s.name, 'offers', s.offers, 'phone', s.phone, 'website', s.website)
                order by s.position)
            from municipality_support s where s.municipality_code = {municipalityColumn}), '[]'::jsonb)
        """;
}
