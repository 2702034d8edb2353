package org.redress.dispute;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.redress.complaint.Category;

/** What it takes to open a class dispute. Field names are part of the API. */
public record NewDispute(
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.atMostChars") String title,
        @NotNull(message = "validation.required") Long merchantId,
        Category category,
        @Size(max = 4000, message = "validation.atMostChars") String description,
        String leadMediator,
        List<String> complaintCaseNumbers) {
}
