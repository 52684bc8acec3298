using Npgsql;
using Waardering.Data.Database;

namespace Waardering.Web.Tests.Operations;

public sealed class DataSourceTests
{
    private const string Base = "Host=127.0.0.1;Username=waardering;Database=waardering";

    [Fact]
    public void Statements_are_prepared_automatically_by_default()
    {
        using var dataSource = DataServiceCollectionExtensions.CreateDataSource(Base);
        var settings = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        Assert.Equal(64, settings.MaxAutoPrepare);
        Assert.Equal(2, settings.AutoPrepareMinUsages);
    }

    [Theory]
    [InlineData("Max Auto Prepare=0")]
    [InlineData("MaxAutoPrepare=0")]
    [InlineData("max auto prepare=0")]
    public void A_connection_string_that_sets_automatic_preparation_keeps_its_own_setting(string setting)
    {
        using var dataSource = DataServiceCollectionExtensions.CreateDataSource($"{Base};{setting}");
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).MaxAutoPrepare);
    }
}
