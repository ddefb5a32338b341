from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.forms import AuthenticationForm

from section55.accounts.models import User


class SignInForm(AuthenticationForm):
    """Email and password; the error names no field, so it does not reveal which was wrong."""

    username = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
    )
    password = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": "Enter your password"},
    )
    error_messages = {
        "invalid_login": "Enter a correct email address and password",
        "inactive": "This account has been switched off; ask your administrator",
    }


class PersonForm(forms.ModelForm):
    """A person of the administrator's own office: name, email and role."""

    class Meta:
        model = User
        fields = ["first_name", "last_name", "email", "role"]
        labels = {"first_name": "First name", "last_name": "Last name", "email": "Email address"}
        error_messages = {
            "email": {
                "required": "Enter the person's email address",
                "invalid": "Enter an email address in the correct format, like name@example.org",
                "unique": "Someone already has an account with this email address",
            },
        }
        widgets = {"role": forms.RadioSelect}

    def clean_email(self):
        return self.cleaned_data["email"].lower()


class RoleForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["role", "is_active"]
        labels = {"is_active": "Can sign in"}
        widgets = {"role": forms.RadioSelect}


class SetPasswordForm(auth_forms.SetPasswordForm):
    """Django's, with GOV.UK wording."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = "New password"
        self.fields["new_password2"].label = "Confirm the new password"


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Also reaches people added by an administrator who have not yet set a password (Django
    leaves out accounts without a usable password; here every account signs in by password)."""

    def get_users(self, email):
        return User.objects.filter(email__iexact=email, is_active=True)

    email = forms.EmailField(
        label="Email address",
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
    )
