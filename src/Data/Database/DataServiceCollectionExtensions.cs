using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Waardering.Data.Migrations;
using Waardering.Data.Outbox;
using Waardering.Data.Privacy;

namespace Waardering.Data.Database;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Waardering";

    /// <summary>
    /// The data source's name, the pool's label on Npgsql's metrics. Without it Npgsql labels them
    /// with the connection string (host, port, user and database): a label that changes with every
    /// deployment and tells whoever reads <c>/metrics</c> where the database is and who logs in.
    /// </summary>
    public const string DataSourceName = "waardering";

    /// <summary>One NpgsqlDataSource for the process, the migration runner and the privacy keys.</summary>
    public static IServiceCollection AddWaarderingData(this IServiceCollection services, IConfiguration configuration)
    {
        DapperSetup.EnsureConfigured();
        // Read when first used, so that hosts and test factories can still change the settings.
        services.AddSingleton(sp => CreateDataSource(RequireConnectionString(sp.GetRequiredService<IConfiguration>())));
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<FailedMails>();
        services.AddSingleton<Schemes.SchemeStore>();
        services.AddSingleton<Requests.RequestStore>();
        services.AddSingleton<Requests.RequestReader>();
        services.AddSingleton<Requests.RequestQueue>();
        services.AddSingleton<Requests.CaregiverAddition>();
        services.AddSingleton<Budget.BudgetLineStore>();
        services.AddSingleton<Budget.BudgetReportReader>();
        services.AddSingleton<Budget.MultiYearReader>();
        services.AddSingleton<Budget.PlanReader>();
        services.AddSingleton<Budget.PlanStore>();
        services.AddSingleton<Budget.BudgetPanelReader>();
        services.AddSingleton<Budget.AmountHistoryReader>();
        services.AddSingleton<Budget.IAmountRecomputer, Budget.AmountRecomputer>();
        services.AddSingleton<Waardering.Data.Decisions.DecisionWorkflow>();
        services.AddSingleton<Waardering.Data.Decisions.BulkSelection>();
        services.AddSingleton<Waardering.Data.Payouts.PayoutWorkflow>();
        services.AddSingleton<Payouts.PayoutBatchBuilder>();
        services.AddSingleton<Payouts.PaymentCorrections>();
        services.AddSingleton<Payouts.IbanChanges>();
        services.AddSingleton<MyRequests.CitizenRequests>();
        services.AddSingleton<MyRequests.CitizenChanges>();
        services.AddSingleton<Payouts.PayoutBatchLines>();
        services.AddSingleton<Vouchers.VoucherStore>();
        Letters.LetterServices.AddLetters(services, configuration);
        services.AddOptions<Waardering.Data.Links.LinkOptions>().Bind(configuration.GetSection(Waardering.Data.Links.LinkOptions.Section));
        services.AddSingleton<Waardering.Data.CoSigning.CoSignWorkflow>();
        services.AddSingleton<Waardering.Data.CoSigning.ICoSignFollowUp>(sp => sp.GetRequiredService<Waardering.Data.CoSigning.CoSignWorkflow>());
        services.AddOptions<Contact.ContactOptions>().Bind(configuration.GetSection(Contact.ContactOptions.Section));
        services.AddSingleton<Contact.ConsentStore>();
        services.AddSingleton<Contact.CheckInStore>();
        services.AddSingleton<Contact.ICheckInCycle, Contact.CheckInCycle>();
        services.AddSingleton<Contact.ReferralStore>();
        services.AddSingleton<Invitations.ISeasonInvitations, Invitations.SeasonInvitations>();
        services.AddSingleton<Contact.CheckInFollowUp>();
        services.AddSingleton<Support.SupportStore>();
        services.AddSingleton<Reports.ContactReportReader>();
        services.AddSingleton<Population.PopulationStore>();
        services.AddSingleton<Reports.ReachPanelReader>();
        services.AddSingleton<Reports.CheckInPanelReader>();
        services.AddSingleton<Reports.PastYearStore>();
        services.AddSingleton<Reports.RequestsOverTimeReader>();
        services.AddOptions<Retention.RetentionOptions>().Bind(configuration.GetSection(Retention.RetentionOptions.Section));
        services.AddSingleton<Waardering.Data.PersonalData.PersonalDataStore>();
        services.AddSingleton<Retention.IRetentionJob, Retention.RetentionJob>();
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section));
        services.AddSingleton<PersonalDataProtector>();
        services.AddOptions<Budget.BudgetOptions>().Bind(configuration.GetSection(Budget.BudgetOptions.Section));
        return services;
    }

    public static string RequireConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"Connection string '{ConnectionStringName}' is missing: set ConnectionStrings__{ConnectionStringName}.");

    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        // The service sends the same few statements over and over (an intake is eight of them).
        // Prepared once per connection, PostgreSQL no longer parses and plans them on every call:
        // on bench/intake.sh this took a third off the database's CPU time per request. A
        // connection string that sets "Max Auto Prepare" itself (0 turns it off) is left alone.
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(connectionString, "MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = 64;
            if (!Sets(connectionString, "AutoPrepareMinUsages"))
            {
                settings.AutoPrepareMinUsages = 2;
            }
        }

        // A connection taken from the pool is not reset: the service keeps no state in a session (no
        // SET, no temporary tables; the migrations' advisory lock is released where it is taken),
        // and the reset is seven statements more that PostgreSQL runs before every intake's first.
        if (!Sets(connectionString, "NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }

        // NodaTime is registered on this data source only: the global type mapper would also
        // change the types Hangfire.PostgreSql reads, which it cannot handle.
        var builder = new NpgsqlDataSourceBuilder(settings.ConnectionString);
        builder.UseNodaTime();
        builder.Name = DataSourceName;
        return builder.Build();
    }

    // Npgsql's own builder answers ContainsKey for every keyword it knows; the plain one only for
    // those given. Npgsql accepts a keyword with and without spaces.
    private static bool Sets(string connectionString, string keyword) =>
        new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(key => key.Replace(" ", "").Equals(keyword, StringComparison.OrdinalIgnoreCase));
}
