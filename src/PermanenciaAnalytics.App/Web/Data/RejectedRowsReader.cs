using System.Data.Common;
using System.Globalization;
using Dapper;
using PermanenciaAnalytics.Core.Text;
using PermanenciaAnalytics.Etl.Database;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary>
/// The <c>rejected_row</c> lines of one load: the first few for the page (RejectedRowsFirst.sql) and all of them as
/// CSV (RejectedRowsAll.sql), streamed row by row from the data reader so a large reject list never sits in memory.
/// The CSV has the loader's rejects-file layout (<c>row_number,column,value,reason,severity</c>, invariant culture).
/// </summary>
public sealed class RejectedRowsReader(DatabaseTarget target)
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(RejectedRowsReader).Assembly);

    public const string CsvHeader = "row_number,column,value,reason,severity";

    public IReadOnlyList<RejectedRowLine> First(long loadId, int count)
    {
        using var connection = target.Open();
        return connection.Query<RejectedRowLine>(Scripts.Read(target.Dialect, "Web", "RejectedRowsFirst"), new { loadId, count })
            .Select(r => new RejectedRowLine { RowNumber = r.RowNumber, ColumnName = r.ColumnName, Value = PersonalValueMask.Mask(r.ColumnName, r.Value), Reason = r.Reason, Severity = r.Severity })
            .ToList();
    }

    /// <summary>Writes the CSV to <paramref name="output"/> and returns how many rows it wrote.</summary>
    public async Task<long> WriteCsvAsync(long loadId, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var connection = target.Open();
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Scripts.Read(target.Dialect, "Web", "RejectedRowsAll");
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@loadId";
            parameter.Value = loadId;
            command.Parameters.Add(parameter);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var writer = new StreamWriter(output, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
                await using (writer.ConfigureAwait(false))
                {
                    return await CopyAsync(reader, writer, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static async Task<long> CopyAsync(DbDataReader reader, StreamWriter writer, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(CsvHeader + "\n").ConfigureAwait(false);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var column = reader.IsDBNull(1) ? null : reader.GetString(1);
            // Loads stored before values were masked at load time are masked here as well.
            var line = string.Join(',',
                Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
                CsvCell.Field(column),
                CsvCell.Field(PersonalValueMask.Mask(column, reader.IsDBNull(2) ? null : reader.GetString(2))),
                CsvCell.Field(reader.GetString(3)),
                CsvCell.Field(reader.GetString(4)));
            await writer.WriteAsync(line + "\n").ConfigureAwait(false);
            rows++;
        }

        return rows;
    }

    /// <summary>RFC 4180 quoting when needed, after CSV-injection neutralising (<see cref="CsvCell.Field"/>).</summary>
    internal static string CsvField(string? value) => CsvCell.Field(value);
}

/// <summary>One rejected row or warning: the offending column and value only, never the whole row.</summary>
public sealed class RejectedRowLine
{
    public long RowNumber { get; init; }

    public string? ColumnName { get; init; }

    public string? Value { get; init; }

    public string Reason { get; init; } = "";

    public string Severity { get; init; } = "";
}
