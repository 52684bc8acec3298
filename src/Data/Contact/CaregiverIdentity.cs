using System.Globalization;
using NodaTime;
using Waardering.Data.Privacy;

namespace Waardering.Data.Contact;

/// <summary>
/// Recognises the same caregiver across requests and years: name and birth date, as a keyed
/// hash. The address is left out on purpose: caregivers often live elsewhere than the recipient,
/// and one caregiver may care for two people.
/// </summary>
public static class CaregiverIdentity
{
    public const string Purpose = "caregiver-identity";

    public static byte[] Hash(PersonalDataProtector protector, string name, LocalDate birthDate) =>
        protector.KeyedHash(
            string.Join('|',
                string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant(),
                birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Purpose);
}
