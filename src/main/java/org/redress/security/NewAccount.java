package org.redress.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An account an administrator creates. */
public record NewAccount(
        @NotBlank(message = "validation.required")
        @Size(max = UserAccount.USERNAME_MAX, message = "validation.atMostChars")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "validation.usernameChars")
        String username,
        @NotBlank(message = "validation.required")
        @Size(max = UserAccount.DISPLAY_NAME_MAX, message = "validation.atMostChars")
        String displayName,
        @NotBlank(message = "validation.required")
        String password,
        @NotEmpty(message = "validation.oneRole")
        Set<Role> roles) {
}
