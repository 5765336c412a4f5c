namespace PermanenciaAnalytics.App.Web.Security;

/// <summary>What an endpoint needs; <see cref="AccessPolicy"/> decides who has it (docs/design.md §1).</summary>
public enum Capability
{
    /// <summary>Any signed-in user (home redirect, logout).</summary>
    SignedIn,

    /// <summary>Municipal consolidated view: secretaria, cobertura.</summary>
    MunicipalView,

    /// <summary>An institution's aggregates, charts and exports: secretaria, cobertura, that institution's rector.</summary>
    InstitutionView,

    /// <summary>Student-level lists (búsqueda activa, drill-down) and recording outcomes: cobertura, that institution's rector.</summary>
    StudentList,

    /// <summary>Uploading extracts and plans: cobertura.</summary>
    Upload,

    /// <summary>Reading an institution's plan, its follow-ups and the template: secretaria, cobertura, that institution's rector.</summary>
    PlanView,

    /// <summary>Uploading an institution's filled plan: cobertura, that institution's rector.</summary>
    PlanUpload,

    /// <summary>Users page: cobertura.</summary>
    ManageUsers,

    /// <summary>Audit log and the Hangfire dashboard: admin.</summary>
    Operate,

    /// <summary>
    /// Aggregates without small-cell suppression: cobertura only (suppression is on in web views for anyone
    /// but cobertura). Never used to guard a route, only to choose what a permitted viewer sees.
    /// </summary>
    ExactCounts,
}
