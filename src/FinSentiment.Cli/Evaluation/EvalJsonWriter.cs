using System.Text.Encodings.Web;
using System.Text.Json;

namespace FinSentiment.Cli.Evaluation;

/// <summary>The evaluation report as indented JSON, written by hand with <see cref="Utf8JsonWriter"/>.</summary>
internal static class EvalJsonWriter
{
    public static void Write(Stream output, EvalReport report)
    {
        var metrics = report.Metrics;
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("file", report.FileName);
            writer.WriteNumber("linesRead", report.LinesRead);
            writer.WriteNumber("evaluated", metrics.Total);
            writer.WriteNumber("targeted", report.Targeted);
            writer.WriteBoolean("wholeText", report.WholeText);
            if (report.MinAgreement is { } min)
            {
                writer.WriteNumber("minAgreement", min);
            }
            else
            {
                writer.WriteNull("minAgreement");
            }

            WriteReasons(writer, "filtered", report.Filtered);
            WriteReasons(writer, "skipped", report.Invalid);
            writer.WriteNumber("correct", metrics.Correct);
            writer.WriteNumber("accuracy", Round(metrics.Accuracy));
            writer.WriteNumber("macroF1", Round(metrics.MacroF1));
            writer.WriteStartObject("classes");
            foreach (var polarity in ClassificationMetrics.Classes)
            {
                writer.WriteStartObject(EvalTextWriter.Name(polarity));
                writer.WriteNumber("precision", Round(metrics.Precision(polarity)));
                writer.WriteNumber("recall", Round(metrics.Recall(polarity)));
                writer.WriteNumber("f1", Round(metrics.F1(polarity)));
                writer.WriteNumber("support", metrics.Support(polarity));
                writer.WriteNumber("predicted", metrics.Predicted(polarity));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteStartObject("confusionMatrix");
            writer.WriteStartArray("labels");
            foreach (var polarity in ClassificationMetrics.Classes)
            {
                writer.WriteStringValue(EvalTextWriter.Name(polarity));
            }

            writer.WriteEndArray();
            writer.WriteStartArray("rows");
            foreach (var gold in ClassificationMetrics.Classes)
            {
                writer.WriteStartArray();
                foreach (var predicted in ClassificationMetrics.Classes)
                {
                    writer.WriteNumberValue(metrics[gold, predicted]);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteNumber("misses", report.MissCount);
            writer.WriteStartArray("worstMisses");
            foreach (var miss in report.WorstMisses)
            {
                writer.WriteStartObject();
                writer.WriteString("id", miss.Row.Id);
                writer.WriteNumber("line", miss.Row.Line);
                writer.WriteString("gold", EvalTextWriter.Name(miss.Row.Gold));
                writer.WriteString("predicted", EvalTextWriter.Name(miss.Predicted));
                writer.WriteNumber("score", miss.Score);
                if (miss.Row.Target is not null)
                {
                    writer.WriteString("target", miss.Row.Target);
                }

                writer.WriteString("text", EvalTextWriter.Truncate(miss.Row.Text));
                writer.WriteStartArray("explanations");
                foreach (var explanation in miss.Explanations)
                {
                    writer.WriteStringValue(explanation);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.Write("\n"u8);
    }

    private static double Round(double value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);

    private static void WriteReasons(Utf8JsonWriter writer, string name, SkipCounter counter)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("total", counter.Total);
        writer.WriteStartArray("reasons");
        foreach (var reason in counter.Reasons)
        {
            writer.WriteStartObject();
            writer.WriteString("reason", reason.Reason);
            writer.WriteNumber("count", reason.Count);
            writer.WriteNumber("firstLine", reason.FirstLine);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
