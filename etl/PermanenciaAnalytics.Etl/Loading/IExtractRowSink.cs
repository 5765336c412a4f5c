using System.Data.Common;
using PermanenciaAnalytics.Etl.Reading;
using PermanenciaAnalytics.Etl.Validation;

namespace PermanenciaAnalytics.Etl.Loading;

/// <summary>Validates and writes the rows of one kind of extract inside a load's transaction.</summary>
internal interface IExtractRowSink : IDisposable
{
    /// <summary>Validates the current row and writes it when valid; returns the rejection, if any.</summary>
    RowIssue? Process(ExtractRowReader row, List<RowIssue> warnings);

    /// <summary>Cut date of the loaded data (SIMAT: the file's cut; SIMPADE: the first FECHA_CORTE seen).</summary>
    DateOnly? CutDate { get; }

    /// <summary>School year of the loaded data (of the first loaded row), for the ledger.</summary>
    int? SchoolYear { get; }

    /// <summary>Writes what is buffered and the derived tables (institutions, sedes).</summary>
    void Complete(DbConnection connection, DbTransaction transaction);
}
