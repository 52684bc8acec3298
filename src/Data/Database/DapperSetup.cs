using System.Data;
using Dapper;
using NodaTime;

namespace Waardering.Data.Database;

/// <summary>
/// Dapper does not know NodaTime types; these handlers pass them to Npgsql as they are
/// (the data source maps them) and read them back.
/// </summary>
public static class DapperSetup
{
    private static int _configured;

    public static void EnsureConfigured()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 1)
        {
            return;
        }

        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new PassThroughHandler<Instant>());
        SqlMapper.AddTypeHandler(new PassThroughHandler<LocalDate>());
    }

    private sealed class PassThroughHandler<T> : SqlMapper.TypeHandler<T>
    {
        public override void SetValue(IDbDataParameter parameter, T? value) => parameter.Value = value;

        public override T Parse(object value) => (T)value;
    }
}
