using System.Text.Json;
using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Schemes;

public sealed class SchemeStore(NpgsqlDataSource dataSource)
{
    private const string SelectColumns = """
        s.id, s.municipality_code, m.name as municipality_name, s.year, s.opens_on, s.closes_on,
        s.base_amount_cents, s.current_amount_cents, s.floor_amount_cents, s.step_cents,
        s.max_caregivers, s.split_mode, s.payout_mode, s.who_may_apply, s.co_sign_required,
        s.caregiver_min_age, s.caregiver_max_age, s.recipient_min_age, s.postcode_ranges::text as postcode_ranges,
        s.co_sign_reminder_days, s.co_sign_expiry_days, s.payout_method,
        s.objection_name, s.objection_line, s.objection_postcode, s.objection_city, s.decision_weeks, s.digid,
        s.care_declaration_required, s.young_caregiver_min_age, s.young_caregiver_voucher, s.updated_at
        """;

    private readonly SchemeCache _cache = new();

    public async Task<SchemeRecord?> FindAsync(string municipalityCode, int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, municipalityCode, year, cancellationToken);
    }

    /// <summary>On a connection the caller holds: an intake reads its scheme on the connection that stores it.</summary>
    public async Task<SchemeRecord?> FindAsync(NpgsqlConnection connection, string municipalityCode, int year, CancellationToken cancellationToken)
    {
        var sql = $"""
            select {SelectColumns}
            from schemes s join municipalities m on m.code = s.municipality_code
            where s.municipality_code = @municipalityCode and s.year = @year
            """;
        var row = await connection.QuerySingleOrDefaultAsync<SchemeRow>(
            new CommandDefinition(sql, new { municipalityCode, year }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    /// <summary>
    /// For the intake: the copy read in the last seconds, or the row, read on the caller's
    /// connection (<see cref="SchemeCache"/>). <paramref name="fresh"/> reads the row whatever is kept.
    /// </summary>
    public async Task<SchemeRecord?> FindForIntakeAsync(
        NpgsqlConnection connection, string municipalityCode, int year, bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh && _cache.Find(municipalityCode, year) is { } kept)
        {
            return kept;
        }

        var scheme = await FindAsync(connection, municipalityCode, year, cancellationToken);
        if (scheme is not null)
        {
            _cache.Keep(scheme);
        }

        return scheme;
    }

    /// <summary>The intake's copy is out of date: the row changed since it was read.</summary>
    public void Forget(string municipalityCode, int year) => _cache.Forget(municipalityCode, year);

    public async Task<SchemeRecord?> FindByIdAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var sql = $"select {SelectColumns} from schemes s join municipalities m on m.code = s.municipality_code where s.id = @id";
        var row = await connection.QuerySingleOrDefaultAsync<SchemeRow>(new CommandDefinition(sql, new { id }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    /// <summary>
    /// Creates or replaces the scheme (and the municipality's name when given). The current amount
    /// starts at the base amount and never rises above it. Returns whether it was created.
    /// </summary>
    public async Task<bool> UpsertAsync(SchemeRecord scheme, bool nameGiven, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into municipalities (code, name) values (@MunicipalityCode, @MunicipalityName)
            on conflict (code) do update set name = case when @nameGiven then excluded.name else municipalities.name end
            """, new { scheme.MunicipalityCode, scheme.MunicipalityName, nameGiven }, transaction, cancellationToken: cancellationToken));
        var created = await connection.ExecuteScalarAsync<bool>(new CommandDefinition("""
            insert into schemes (municipality_code, year, opens_on, closes_on, base_amount_cents, current_amount_cents,
                floor_amount_cents, step_cents, max_caregivers, split_mode, payout_mode, who_may_apply, co_sign_required,
                caregiver_min_age, caregiver_max_age, recipient_min_age, postcode_ranges, co_sign_reminder_days, co_sign_expiry_days,
                payout_method, objection_name, objection_line, objection_postcode, objection_city, decision_weeks, digid,
                care_declaration_required, young_caregiver_min_age, young_caregiver_voucher,
                created_at, updated_at)
            values (@MunicipalityCode, @Year, @OpensOn, @ClosesOn, @BaseAmountCents, @BaseAmountCents,
                @FloorAmountCents, @StepCents, @MaxCaregivers, @SplitMode, @PayoutMode, @WhoMayApply, @CoSignRequired,
                @CaregiverMinAge, @CaregiverMaxAge, @RecipientMinAge, cast(@PostcodeRanges as jsonb), @CoSignReminderDays,
                @CoSignExpiryDays, @PayoutMethod, @ObjectionName, @ObjectionLine, @ObjectionPostcode, @ObjectionCity,
                @DecisionWeeks, @Digid, @CareDeclarationRequired, @YoungCaregiverMinAge, @YoungCaregiverVoucher, @now, @now)
            on conflict (municipality_code, year) do update set
                opens_on = excluded.opens_on, closes_on = excluded.closes_on,
                base_amount_cents = excluded.base_amount_cents,
                current_amount_cents = least(schemes.current_amount_cents, excluded.base_amount_cents),
                floor_amount_cents = excluded.floor_amount_cents, step_cents = excluded.step_cents,
                max_caregivers = excluded.max_caregivers, split_mode = excluded.split_mode,
                payout_mode = excluded.payout_mode, who_may_apply = excluded.who_may_apply,
                co_sign_required = excluded.co_sign_required, caregiver_min_age = excluded.caregiver_min_age,
                caregiver_max_age = excluded.caregiver_max_age, recipient_min_age = excluded.recipient_min_age,
                postcode_ranges = excluded.postcode_ranges, co_sign_reminder_days = excluded.co_sign_reminder_days,
                co_sign_expiry_days = excluded.co_sign_expiry_days, payout_method = excluded.payout_method,
                objection_name = excluded.objection_name, objection_line = excluded.objection_line,
                objection_postcode = excluded.objection_postcode, objection_city = excluded.objection_city,
                decision_weeks = excluded.decision_weeks, digid = excluded.digid,
                care_declaration_required = excluded.care_declaration_required,
                young_caregiver_min_age = excluded.young_caregiver_min_age, young_caregiver_voucher = excluded.young_caregiver_voucher,
                updated_at = excluded.updated_at
            returning (xmax = 0)
            """,
            new
            {
                scheme.MunicipalityCode, scheme.Year, scheme.OpensOn, scheme.ClosesOn, scheme.BaseAmountCents,
                scheme.FloorAmountCents, scheme.StepCents, scheme.MaxCaregivers, SplitMode = scheme.SplitMode.Code(),
                PayoutMode = scheme.PayoutMode.Code(), WhoMayApply = scheme.WhoMayApply.Code(), scheme.CoSignRequired,
                scheme.CaregiverMinAge, scheme.CaregiverMaxAge,
                scheme.RecipientMinAge, PostcodeRanges = JsonSerializer.Serialize(scheme.PostcodeRanges, JsonOptions),
                scheme.CoSignReminderDays, scheme.CoSignExpiryDays, PayoutMethod = scheme.PayoutMethod.Code(),
                ObjectionName = scheme.ObjectionAddress?.Name, ObjectionLine = scheme.ObjectionAddress?.Line,
                ObjectionPostcode = scheme.ObjectionAddress?.Postcode, ObjectionCity = scheme.ObjectionAddress?.City,
                scheme.DecisionWeeks, Digid = scheme.Digid.Code(), now, scheme.CareDeclarationRequired,
                YoungCaregiverMinAge = scheme.YoungCaregivers.MinimumAge, YoungCaregiverVoucher = scheme.YoungCaregivers.VoucherWithoutIban,
            }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        _cache.Forget(scheme.MunicipalityCode, scheme.Year);
        return created;
    }

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record SchemeRow(
        long Id, string MunicipalityCode, string MunicipalityName, int Year, LocalDate OpensOn, LocalDate ClosesOn,
        long BaseAmountCents, long CurrentAmountCents, long FloorAmountCents, long StepCents, int MaxCaregivers,
        string SplitMode, string PayoutMode, string WhoMayApply, bool CoSignRequired, int? CaregiverMinAge,
        int? CaregiverMaxAge, int? RecipientMinAge, string PostcodeRanges, int CoSignReminderDays, int CoSignExpiryDays, string PayoutMethod,
        string? ObjectionName, string? ObjectionLine, string? ObjectionPostcode, string? ObjectionCity, int DecisionWeeks,
        string Digid, bool CareDeclarationRequired, int? YoungCaregiverMinAge, bool YoungCaregiverVoucher, Instant UpdatedAt)
    {
        public SchemeRecord ToRecord() => new()
        {
            Id = Id, MunicipalityCode = MunicipalityCode, MunicipalityName = MunicipalityName, Year = Year,
            OpensOn = OpensOn, ClosesOn = ClosesOn, BaseAmountCents = BaseAmountCents,
            CurrentAmountCents = CurrentAmountCents, FloorAmountCents = FloorAmountCents, StepCents = StepCents,
            MaxCaregivers = MaxCaregivers, SplitMode = Codes.Parse<SplitMode>(SplitMode),
            PayoutMode = Codes.Parse<PayoutMode>(PayoutMode), WhoMayApply = Codes.Parse<WhoMayApply>(WhoMayApply),
            CoSignRequired = CoSignRequired, CaregiverMinAge = CaregiverMinAge, CaregiverMaxAge = CaregiverMaxAge,
            RecipientMinAge = RecipientMinAge, CoSignReminderDays = CoSignReminderDays, CoSignExpiryDays = CoSignExpiryDays,
            PayoutMethod = Codes.Parse<PayoutMethod>(PayoutMethod),
            ObjectionAddress = ObjectionAddressRecord.FromColumns(ObjectionName, ObjectionLine, ObjectionPostcode, ObjectionCity),
            DecisionWeeks = DecisionWeeks, Digid = Codes.Parse<DigidUse>(Digid), CareDeclarationRequired = CareDeclarationRequired,
            YoungCaregivers = new YoungCaregiverRule(YoungCaregiverMinAge, YoungCaregiverVoucher), UpdatedAt = UpdatedAt,
            PostcodeRanges = JsonSerializer.Deserialize<List<PostcodeRangeRecord>>(PostcodeRanges, JsonOptions) ?? [],
        };
    }
}
