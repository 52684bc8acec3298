using NodaTime;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;

namespace Waardering.Domain.Tests.Schemes;

/// <summary>Hilversum's scheme: 1 October to 31 December 2026, at most three caregivers, postcodes 1200-1223.</summary>
public sealed class EligibilityTests
{
    private static readonly LocalDate Today = new(2026, 11, 2);

    private static readonly SchemeTerms Hilversum = new(
        "Hilversum", new SchemeWindow(new LocalDate(2026, 10, 1), new LocalDate(2026, 12, 31)), WhoMayApply.Both,
        MaxCaregivers: 3, new AgeLimits(null, null), new AgeLimits(null, null), [new PostcodeRange(1200, 1223)]);

    private static readonly ApplicationFacts Fitting = new(
        Applicant.Recipient, new LocalDate(1940, 5, 1), Code("1211AB"), [new LocalDate(1970, 3, 4)]);

    [Fact]
    public void Check_AFittingRequestInTheWindow_BreaksNothing() => Assert.Empty(Eligibility.Check(Hilversum, Fitting, Today));

    [Theory]
    [InlineData(2026, 10, 1)]
    [InlineData(2026, 12, 31)]
    public void Check_OnTheWindowsFirstAndLastDay_BreaksNothing(int year, int month, int day) =>
        Assert.Empty(Eligibility.Check(Hilversum, Fitting, new LocalDate(year, month, day)));

    [Fact]
    public void Check_OutsideTheWindow_NamesTheWindowOnly()
    {
        var tooManyAndElsewhere = Fitting with
        {
            RecipientPostcode = Code("3511AB"), CaregiverBirthDates = [.. Enumerable.Repeat(new LocalDate(1970, 1, 1), 4)],
        };

        var breach = Assert.Single(Eligibility.Check(Hilversum, tooManyAndElsewhere, new LocalDate(2026, 9, 30)));

        Assert.Equal(new Breach("year",
            "U kunt nu geen aanvraag doen. De aanvraagperiode loopt van 1 oktober 2026 tot en met 31 december 2026."), breach);
    }

    [Theory]
    [InlineData(WhoMayApply.Recipient, Applicant.Recipient, null)]
    [InlineData(WhoMayApply.Recipient, Applicant.Caregiver, "In deze gemeente vraagt de zorgvrager de waardering aan.")]
    [InlineData(WhoMayApply.Caregiver, Applicant.Caregiver, null)]
    [InlineData(WhoMayApply.Caregiver, Applicant.Recipient, "In deze gemeente vraagt de mantelzorger de waardering aan.")]
    [InlineData(WhoMayApply.Both, Applicant.Recipient, null)]
    [InlineData(WhoMayApply.Both, Applicant.Caregiver, null)]
    public void Check_WhoMayApply_RefusesTheOtherApplicant(WhoMayApply who, Applicant applicant, string? message)
    {
        var breaches = Eligibility.Check(Hilversum with { WhoMayApply = who }, Fitting with { SubmittedBy = applicant }, Today);

        Assert.Equal(message is null ? [] : [new Breach("submittedBy", message)], breaches);
    }

    [Fact]
    public void Check_MoreCaregiversThanTheSchemeAllows_NamesCaregivers()
    {
        var four = Fitting with { CaregiverBirthDates = [.. Enumerable.Repeat(new LocalDate(1970, 1, 1), 4)] };

        Assert.Equal([new Breach("caregivers", "Hoogstens 3 mantelzorgers per aanvraag.")], Eligibility.Check(Hilversum, four, Today));
        Assert.Empty(Eligibility.Check(Hilversum with { MaxCaregivers = 4 }, four, Today));
    }

    [Theory]
    [InlineData(18, null, "2008-11-03", "De mantelzorger is voor deze regeling minstens 18 jaar oud.")] // a day short of 18
    [InlineData(18, null, "2008-11-02", null)]                                                       // 18 today
    [InlineData(null, 24, "2001-11-02", "De mantelzorger is voor deze regeling hoogstens 24 jaar oud.")] // 25 today
    [InlineData(null, 24, "2001-11-03", null)]                                                       // still 24
    [InlineData(12, 24, "2014-11-03", "De mantelzorger is voor deze regeling 12 tot en met 24 jaar oud.")]
    [InlineData(12, 24, "2014-11-02", null)]
    public void Check_CaregiverAgeLimits_NameTheCaregiversBirthDate(int? min, int? max, string birthDate, string? message)
    {
        // The first caregiver is 21, within every limit here: only the second one is judged.
        var young = Fitting with { CaregiverBirthDates = [new LocalDate(2005, 1, 1), Date(birthDate)] };

        var breaches = Eligibility.Check(Hilversum with { CaregiverAges = new AgeLimits(min, max) }, young, Today);

        Assert.Equal(message is null ? [] : [new Breach("caregivers[1].birthDate", message)], breaches);
    }

    [Theory]
    [InlineData("2008-11-03", "De zorgvrager is voor deze regeling minstens 18 jaar oud.")]
    [InlineData("2008-11-02", null)]
    public void Check_RecipientMinimumAge_NamesTheRecipientsBirthDate(string birthDate, string? message)
    {
        var terms = Hilversum with { RecipientAges = new AgeLimits(18, null) };

        var breaches = Eligibility.Check(terms, Fitting with { RecipientBirthDate = Date(birthDate) }, Today);

        Assert.Equal(message is null ? [] : [new Breach("recipient.birthDate", message)], breaches);
    }

    [Theory]
    [InlineData("1200AA", null)]
    [InlineData("1223ZZ", null)]
    [InlineData("1199ZZ", "De zorgvrager woont niet in de gemeente Hilversum.")]
    [InlineData("1224AA", "De zorgvrager woont niet in de gemeente Hilversum.")]
    public void Check_PostcodeRanges_RefuseARecipientLivingElsewhere(string postcode, string? message)
    {
        var breaches = Eligibility.Check(Hilversum, Fitting with { RecipientPostcode = Code(postcode) }, Today);

        Assert.Equal(message is null ? [] : [new Breach("recipient.postcode", message)], breaches);
    }

    [Fact]
    public void Check_WithoutPostcodeRanges_HasNoResidenceRule() =>
        Assert.Empty(Eligibility.Check(Hilversum with { PostcodeRanges = [] }, Fitting with { RecipientPostcode = Code("9999ZZ") }, Today));

    [Fact]
    public void Check_SeveralBreaches_NamesEachField()
    {
        var terms = Hilversum with { WhoMayApply = WhoMayApply.Recipient, MaxCaregivers = 1, CaregiverAges = new AgeLimits(18, null) };
        var application = new ApplicationFacts(Applicant.Caregiver, new LocalDate(1940, 5, 1), Code("3511AB"),
            [new LocalDate(1970, 1, 1), new LocalDate(2015, 1, 1)]);

        var fields = Eligibility.Check(terms, application, Today).Select(b => b.Field);

        Assert.Equal(["submittedBy", "caregivers", "caregivers[1].birthDate", "recipient.postcode"], fields);
    }

    private static Postcode Code(string value) =>
        Postcode.TryParse(value, out var postcode) ? postcode : throw new ArgumentException(value, nameof(value));

    private static LocalDate Date(string value) => NodaTime.Text.LocalDatePattern.Iso.Parse(value).Value;
}
