using Benchmark.Data;
using Benchmark.Municipalities;

namespace Benchmark.Store.Relational;

/// <summary>Reading the active observations: per key the value of the newest version up to a given one.</summary>
internal sealed partial class StoreSession
{
    private const string ActiveSql =
        "SELECT year, indicator_id, municipality, version_id, value, line, column_id FROM observations WHERE version_id <= @asOf";

    private const string OrderSql = " ORDER BY year, indicator_id, municipality, version_id";

    /// <summary>
    /// The active raw observations of versions up to <paramref name="asOf"/> (all when <see langword="null"/>), for
    /// <paramref name="years"/> (all when <see langword="null"/>).
    /// </summary>
    public Dataset LoadActive(long? asOf, IReadOnlyCollection<int>? years)
    {
        var indicators = Names("SELECT id, code FROM indicators");
        var columns = Names("SELECT id, header FROM source_columns");
        var files = new Dictionary<long, string>();
        using (var command = Command("SELECT id, file_name FROM dataset_versions"))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                files.Add(r.GetInt64(0), r.GetString(1));
            }
        }

        var builder = new DatasetBuilder();
        var bound = asOf ?? long.MaxValue;
        if (years is null)
        {
            ReadActive(builder, indicators, columns, files, ActiveSql + OrderSql, ("asOf", bound));
        }
        else
        {
            foreach (var year in years.Distinct().Order())
            {
                ReadActive(builder, indicators, columns, files, ActiveSql + " AND year = @year" + OrderSql, ("asOf", bound), ("year", year));
            }
        }

        return builder.Build();
    }

    /// <summary>Rows come ordered by key and version, so the last row of each key is the active one.</summary>
    private void ReadActive(
        DatasetBuilder builder,
        Dictionary<int, string> indicators,
        Dictionary<int, string> columns,
        Dictionary<long, string> files,
        string sql,
        params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var r = command.ExecuteReader();
        var pending = false;
        (int Year, int Indicator, int Municipality) key = default;
        Observation active = default;
        while (r.Read())
        {
            var next = (r.GetInt32(0), r.GetInt32(1), r.GetInt32(2));
            if (pending && next != key)
            {
                builder.Add(active);
            }

            key = next;
            pending = true;
            var column = r.IsDBNull(6) ? null : columns[r.GetInt32(6)];
            active = new Observation(
                new MunicipalityCode(key.Municipality),
                key.Year,
                indicators[key.Indicator],
                r.IsDBNull(4) ? double.NaN : r.GetDouble(4),
                new SourceLocation(files[r.GetInt64(3)], r.GetInt32(5), column));
        }

        if (pending)
        {
            builder.Add(active);
        }
    }

    private Dictionary<int, string> Names(string sql)
    {
        using var command = Command(sql);
        using var r = command.ExecuteReader();
        var result = new Dictionary<int, string>();
        while (r.Read())
        {
            result.Add(r.GetInt32(0), r.GetString(1));
        }

        return result;
    }
}
