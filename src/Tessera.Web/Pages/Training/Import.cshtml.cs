using System.Text;
using Microsoft.AspNetCore.Mvc;
using Tessera.Core.Modules.Training.Contracts;
using Tessera.Core.Modules.Training.Services;
using Tessera.Core.Processes;
using Tessera.Core.Validation;
using Tessera.Web.Pages.Shared;

namespace Tessera.Web.Pages.Training;

/// <summary>Imports completions from a CSV file and shows the report: how many were imported and each row that was not, with why.</summary>
public sealed class ImportTrainingModel(CompletionImport import, TimeProvider clock) : TesseraPage
{
    public const long MaxBytes = 1024 * 1024;

    [BindProperty] public IFormFile? Upload { get; set; }

    public CompletionImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = new ValidationErrors();
        if (Upload is null || Upload.Length == 0)
        {
            errors.Add("Upload", "Select a CSV file");
        }
        else if (Upload.Length > MaxBytes)
        {
            errors.Add("Upload", "The file must be smaller than 1 MB");
        }

        if (!errors.IsValid)
        {
            ShowErrors(errors);
            return Page();
        }

        string text;
        using (var reader = new StreamReader(Upload!.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true)))
        {
            try
            {
                text = await reader.ReadToEndAsync();
            }
            catch (DecoderFallbackException)
            {
                errors.Add("Upload", "The file must be a CSV saved as UTF-8");
                ShowErrors(errors);
                return Page();
            }
        }

        Report = await import.ImportAsync(text, StartProcess(ProcessType.TrainingCompletionsImported, clock));
        return Page();
    }
}
