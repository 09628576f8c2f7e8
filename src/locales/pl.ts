import type { Messages } from '../messages/types.ts';

/** Polish (pl). */
export const messages: Messages = {
  locale: 'pl',

  exceptions: {
    AliasExistsException:
      'Ten {attribute} jest już używany na innym koncie. Podaj inny {attribute} albo zaloguj się na tamto konto.',
    CodeDeliveryFailureException:
      'Nie udało się wysłać kodu. Sprawdź, czy podany {attribute} jest poprawny, i poproś o nowy kod.',
    CodeMismatchException: 'Ten kod nie zgadza się z kodem, który wysłaliśmy. Sprawdź go i wpisz ponownie.',
    ExpiredCodeException: 'Ten kod wygasł. Poproś o nowy kod i wpisz go tutaj.',
    ForbiddenException:
      'Nie możemy teraz przyjąć tego żądania z Twojej sieci. Spróbuj ponownie później albo skontaktuj się z pomocą techniczną, jeśli problem się powtarza.',
    InternalErrorException: 'Wystąpił problem z usługą logowania. Spróbuj ponownie za kilka minut.',
    InvalidEmailRoleAccessPolicyException:
      'Nie możemy teraz wysyłać e-maili z powodu problemu po naszej stronie. Spróbuj ponownie później albo skontaktuj się z pomocą techniczną.',
    InvalidLambdaResponseException:
      'Nie udało się tego dokończyć z powodu problemu po naszej stronie. Spróbuj ponownie później albo skontaktuj się z pomocą techniczną.',
    InvalidParameterException: 'Część przesłanych danych nie została przyjęta. Sprawdź je i spróbuj ponownie.',
    InvalidPasswordException: 'To hasło nie spełnia wymagań. Wybierz inne hasło.',
    InvalidSmsRoleAccessPolicyException:
      'Nie możemy teraz wysyłać SMS-ów z powodu problemu po naszej stronie. Spróbuj ponownie później albo skontaktuj się z pomocą techniczną.',
    InvalidSmsRoleTrustRelationshipException:
      'Nie można teraz wysyłać SMS-ów z powodu problemu z konfiguracją po naszej stronie. Spróbuj ponownie później albo skontaktuj się z pomocą techniczną.',
    LimitExceededException: 'Było zbyt wiele prób. Odczekaj kilka minut i spróbuj ponownie.',
    NotAuthorizedException: 'Twoja sesja wygasła. Zaloguj się ponownie, aby kontynuować.',
    OperationNotEnabledException:
      'Ta funkcja jest obecnie niedostępna dla Twojego konta. Jeśli potrzebujesz pomocy, skontaktuj się z pomocą techniczną.',
    PasswordHistoryPolicyViolationException: 'To hasło było już używane. Wybierz hasło, którego nie używano ostatnio.',
    PasswordResetRequiredException: 'Zanim przejdziesz dalej, musisz zresetować hasło. Zresetuj je i zaloguj się ponownie.',
    ResourceNotFoundException:
      'Ta usługa nie jest poprawnie skonfigurowana, więc nie możemy kontynuować. Spróbuj ponownie później albo skontaktuj się z pomocą techniczną.',
    TooManyFailedAttemptsException:
      'Było zbyt wiele nieudanych prób. Odczekaj kilka minut, zanim spróbujesz ponownie.',
    TooManyRequestsException: 'W krótkim czasie wysłano zbyt wiele żądań. Odczekaj minutę i spróbuj ponownie.',
    UnexpectedLambdaException:
      'Coś poszło nie tak podczas sprawdzania Twoich danych. Spróbuj ponownie później albo skontaktuj się z pomocą techniczną.',
    UserLambdaValidationException: 'Twoje dane nie zostały zaakceptowane. Sprawdź je i spróbuj ponownie.',
    UserNotConfirmedException:
      'Twoje konto nie jest jeszcze potwierdzone. Potwierdź je kodem, który wysłaliśmy podczas rejestracji, a potem zaloguj się ponownie.',
    UserNotFoundException: 'Nie możemy znaleźć Twojego konta. Mogło zostać zamknięte. Zaloguj się ponownie, aby kontynuować.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Ten {attribute} jest już używany na innym koncie. Zaloguj się na tamto konto albo zarejestruj się ponownie, podając inny {attribute}.',
      InvalidParameterException:
        'Nie udało się potwierdzić konta z tymi danymi. Sprawdź nazwę użytkownika i ponownie wpisz kod.',
      LimitExceededException: 'Wpisano zbyt wiele błędnych kodów. Odczekaj kilka minut i ponownie wpisz kod.',
      NotAuthorizedException:
        'Nie można potwierdzić tego konta. Mogło zostać wyłączone. Jeśli potrzebujesz pomocy, skontaktuj się z pomocą techniczną.',
      TooManyFailedAttemptsException:
        'Wpisano zbyt wiele błędnych kodów. Odczekaj kilka minut, zanim ponownie wpiszesz kod.',
      UserLambdaValidationException:
        'Nie udało się potwierdzić Twojego konta, ponieważ część Twoich danych nie została zaakceptowana.',
      UserNotFoundException: 'Nie ma konta o tej nazwie użytkownika. Sprawdź nazwę użytkownika i spróbuj ponownie.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Nie udało się wysłać nowego kodu. Odczekaj chwilę i ponownie poproś o nowy kod.',
      InvalidParameterException:
        'Nie udało się wysłać nowego kodu dla tego konta. Jeśli konto jest już potwierdzone, po prostu się zaloguj.',
      LimitExceededException: 'Poproszono o zbyt wiele kodów. Odczekaj kilka minut, zanim poprosisz o kolejny.',
      NotAuthorizedException: 'Nie możemy wysłać kodu dla tego konta. Jeśli potrzebujesz pomocy, skontaktuj się z pomocą techniczną.',
      UserLambdaValidationException: 'Nie udało się wysłać nowego kodu, ponieważ część Twoich danych nie została zaakceptowana.',
      UserNotFoundException: 'Nie ma konta o tej nazwie użytkownika. Sprawdź nazwę użytkownika i ponownie poproś o kod.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Ten {attribute} jest już używany na innym koncie. Podaj inny {attribute}.',
      CodeDeliveryFailureException:
        'Nie udało się wysłać kodu na nowy {attribute}. Sprawdź, czy jest poprawny, i zapisz go ponownie.',
      CodeMismatchException:
        'Weryfikacja kodu nie powiodła się, więc {attribute} pozostaje bez zmian. Zapisz zmianę ponownie, aby otrzymać nowy kod.',
      ExpiredCodeException: 'Kod dla tej zmiany wygasł. Zapisz zmianę ponownie, aby otrzymać nowy kod.',
      InvalidParameterException: 'Tej wartości nie można użyć. Sprawdź {attribute} i spróbuj ponownie.',
      PasswordResetRequiredException:
        'Zanim zmienisz {attribute}, musisz zresetować hasło. Zresetuj je i zaloguj się ponownie.',
      UserLambdaValidationException: 'Ta wartość nie została zaakceptowana. Sprawdź {attribute} albo wpisz inną wartość.',
      UserNotConfirmedException:
        'Możesz zmienić {attribute} dopiero po potwierdzeniu konta. Potwierdź konto i spróbuj ponownie.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Nie udało się wysłać kodu na Twój {attribute}. Sprawdź, czy jest poprawny, i poproś o nowy kod.',
      InvalidParameterException:
        'Weryfikacja nie jest możliwa. Sprawdź, czy na Twoim koncie zapisano {attribute}, i spróbuj ponownie.',
      LimitExceededException: 'Poproszono o zbyt wiele kodów. Odczekaj kilka minut, zanim poprosisz o kolejny.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Ten {attribute} jest już używany na innym koncie, więc nie można go zweryfikować dla Twojego konta. Podaj inny {attribute}.',
      InvalidParameterException:
        'Ten kod nie zadziałał, więc {attribute} nadal czeka na weryfikację. Poproś o nowy kod i wpisz go tutaj.',
      LimitExceededException: 'Wpisano zbyt wiele błędnych kodów. Odczekaj kilka minut i ponownie wpisz kod.',
    },
    GetUser: {
      InvalidParameterException: 'Nie udało się sprawdzić danych Twojego konta. Zaloguj się ponownie, aby kontynuować.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Nie udało się wysłać kodu do resetowania hasła. Odczekaj chwilę i ponownie poproś o kod.',
      InvalidParameterException:
        'Nie udało się wysłać kodu do resetowania hasła dla tego konta. Jeśli potrzebujesz pomocy z logowaniem, skontaktuj się z pomocą techniczną.',
      LimitExceededException:
        'Poproszono o zbyt wiele kodów do resetowania hasła. Odczekaj kilka minut, zanim poprosisz o kolejny.',
      NotAuthorizedException:
        'Hasła do tego konta nie można tutaj zresetować. Jeśli potrzebujesz pomocy, skontaktuj się z pomocą techniczną.',
      OperationNotEnabledException:
        'Resetowanie hasła jest tu obecnie niedostępne. Jeśli potrzebujesz pomocy z logowaniem, skontaktuj się z pomocą techniczną.',
      UserLambdaValidationException:
        'Nie udało się wysłać kodu do resetowania hasła, ponieważ część Twoich danych nie została zaakceptowana.',
      UserNotFoundException:
        'Nie udało się wysłać kodu dla tej nazwy użytkownika. Sprawdź nazwę użytkownika i spróbuj ponownie.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Nie udało się zresetować hasła z tymi danymi. Sprawdź kod i nowe hasło, a potem spróbuj ponownie.',
      LimitExceededException: 'Wpisano zbyt wiele błędnych kodów. Odczekaj kilka minut i ponownie wpisz kod.',
      NotAuthorizedException:
        'Hasła do tego konta nie można tutaj zresetować. Jeśli potrzebujesz pomocy, skontaktuj się z pomocą techniczną.',
      OperationNotEnabledException:
        'Resetowanie hasła jest tu obecnie niedostępne. Jeśli potrzebujesz pomocy z logowaniem, skontaktuj się z pomocą techniczną.',
      TooManyFailedAttemptsException:
        'Wpisano zbyt wiele błędnych kodów. Odczekaj kilka minut, zanim ponownie wpiszesz kod.',
      UserLambdaValidationException:
        'Nie udało się zmienić hasła, ponieważ część Twoich danych nie została zaakceptowana.',
      UserNotConfirmedException:
        'Twoje konto nie jest jeszcze potwierdzone. Potwierdź je kodem, który wysłaliśmy podczas rejestracji, a potem zresetuj hasło.',
      UserNotFoundException:
        'Nie udało się zresetować hasła dla tej nazwy użytkownika. Sprawdź nazwę użytkownika i spróbuj ponownie.',
    },
  },

  local: {
    ValidationError: 'Sprawdź wpisane dane i spróbuj ponownie.',
    NetworkError: 'Nie udało się połączyć. Sprawdź połączenie z internetem i spróbuj ponownie.',
    TimeoutError: 'To trwa zbyt długo. Sprawdź połączenie z internetem i spróbuj ponownie.',
    AbortError: '',
    SessionExpiredError: 'Wylogowaliśmy Cię. Zaloguj się ponownie, aby kontynuować.',
    UnknownError: 'Coś poszło nie tak. Spróbuj ponownie albo skontaktuj się z pomocą techniczną, jeśli problem się powtarza.',
  },

  validation: {
    code: {
      required: 'Wpisz kod, który Ci wysłaliśmy',
      tooLong: 'Wpisz tylko kod z wiadomości',
      pattern: 'Wpisz kod dokładnie tak, jak w wiadomości',
      format: 'Wpisz kod w prawidłowym formacie, np. 123456',
      incomplete: {
        one: 'Wpisz {length} cyfrę kodu',
        few: 'Wpisz wszystkie {length} cyfry kodu',
        many: 'Wpisz wszystkie {length} cyfr kodu',
        other: 'Wpisz wszystkie {length} cyfry kodu',
      },
    },
    username: {
      required: 'Wpisz nazwę użytkownika',
      tooLong: 'Nazwa użytkownika może mieć maksymalnie 128 znaków',
      pattern: 'Nazwa użytkownika nie może zawierać spacji',
      format: 'Wpisz nazwę użytkownika w prawidłowym formacie',
    },
    password: {
      required: 'Wpisz nowe hasło',
      tooLong: 'Hasło może mieć maksymalnie 256 znaków',
      pattern: 'Hasło nie może zaczynać się ani kończyć spacją',
      format: 'Wybierz hasło, które spełnia wszystkie wymagania z listy',
    },
    attributeName: {
      required: 'Wybierz, co chcesz zweryfikować',
      tooLong: 'Nazwa pola może mieć maksymalnie 32 znaki',
      pattern: 'Nazwa pola nie może zawierać spacji',
      format: 'Wpisz nazwę pola w prawidłowym formacie',
    },
    value: {
      required: 'Wpisz {attribute}',
      tooLong: 'Wpisz {attribute} o długości maksymalnie 2048 znaków',
      pattern: 'Wpisz {attribute} bez niedozwolonych znaków',
      format: 'Wpisz {attribute} w prawidłowym formacie',
    },
    valueByAttribute: {
      email: {
        format: 'Wpisz adres e-mail w prawidłowym formacie, np. nazwa@example.com',
      },
      phone_number: {
        pattern: 'Wpisz numer telefonu z numerem kierunkowym kraju, np. +15555550123',
        format: 'Wpisz numer telefonu z numerem kierunkowym kraju, np. +15555550123',
      },
    },
    configuration: {
      required:
        'Na tej stronie brakuje danych konfiguracyjnych. Spróbuj ponownie później albo skontaktuj się z pomocą techniczną, jeśli problem się powtarza',
      tooLong:
        'Ta strona przesłała zbyt długie dane konfiguracyjne. Spróbuj ponownie później albo skontaktuj się z pomocą techniczną, jeśli problem się powtarza',
      pattern:
        'Ta strona przesłała dane konfiguracyjne, których nie można użyć. Spróbuj ponownie później albo skontaktuj się z pomocą techniczną, jeśli problem się powtarza',
      format:
        'Ta strona przesłała dane konfiguracyjne w nieprawidłowym formacie. Spróbuj ponownie później albo skontaktuj się z pomocą techniczną, jeśli problem się powtarza',
    },
    accessToken: {
      required: 'Zaloguj się, aby kontynuować',
    },
  },

  attributes: {
    email: { noun: 'adres e-mail', label: 'E-mail' },
    phone_number: { noun: 'numer telefonu', label: 'Numer telefonu' },
    given_name: { noun: 'imię', label: 'Imię' },
    family_name: { noun: 'nazwisko', label: 'Nazwisko' },
    preferred_username: { noun: 'preferowany login', label: 'Preferowany login' },
  },

  ui: {
    confirmationCodeLabel: 'Kod potwierdzający',
    verificationCodeLabel: 'Kod weryfikacyjny',
    confirm: 'Potwierdź',
    verify: 'Zweryfikuj',
    save: 'Zapisz',
    resendCode: 'Wyślij kod ponownie',
    sendCode: 'Wyślij kod',
    resendCodeIn: 'Wyślij kod ponownie za {time}',
    codeSent: 'Wysłaliśmy kod na {destination}.',
    codeSentByEmail: 'Wysłaliśmy kod e-mailem na adres {destination}.',
    codeSentBySms: 'Wysłaliśmy kod SMS-em na numer {destination}.',
    codeSentNoDestination: 'Wysłaliśmy Ci kod.',
    newCodeSent: 'Wysłaliśmy nowy kod na {destination}.',
    resendAvailable: 'Możesz już poprosić o nowy kod.',
    confirmed: 'Twoje konto zostało potwierdzone.',
    alreadyConfirmed: 'Twoje konto jest już potwierdzone. Możesz się zalogować.',
    verified: 'Zweryfikowano {attribute}.',
    saved: 'Zapisano {attribute}.',
    pendingTitle: 'Zweryfikuj nowy {attribute}',
    pendingBody: 'Obecny {attribute} działa, dopóki nie potwierdzisz zmiany na {value}.',
    unverifiedTitle: 'Twój {attribute} nie jest zweryfikowany',
    unverifiedBody: 'Zanim skorzystasz z {value}, musisz go zweryfikować.',
    cancelChange: 'Anuluj zmianę',
    tryAgain: 'Spróbuj ponownie',
    signInAgain: 'Zaloguj się ponownie',
    useThisAnyway: 'Przypisz do tego konta',
    useThisAnywayHint: 'Ten {attribute} przestanie działać przy logowaniu na drugie konto.',
    waitUntil: 'Spróbuj ponownie po {time}.',
    codeHint: {
      one: 'Wpisz {length}-cyfrowy kod',
      few: 'Wpisz {length}-cyfrowy kod',
      many: 'Wpisz {length}-cyfrowy kod',
      other: 'Wpisz {length}-cyfrowy kod',
    },
    codeNotSentYet: 'Nie wysłaliśmy jeszcze kodu. Poproś o kod, a potem wpisz go tutaj.',
    loading: 'Wczytujemy {attribute}…',
    codeHintAnyLength: 'Wpisz kod z wiadomości',
    submitting: 'Sprawdzanie…',
    sending: 'Wysyłanie…',
    saving: 'Zapisywanie…',
    errorPrefix: 'Błąd:',
    attributeFallback: 'adres e-mail lub numer telefonu',
    usernameLabel: 'Nazwa użytkownika',
    resetPasswordHint: 'Wyślemy kod na adres e-mail lub numer telefonu przypisany do Twojego konta.',
    newPasswordLabel: 'Nowe hasło',
    showPassword: 'Pokaż hasło',
    hidePassword: 'Ukryj hasło',
    passwordRulesTitle: 'Wymagania dotyczące hasła',
    passwordMinLength: {
      one: 'Co najmniej {count} znak',
      few: 'Co najmniej {count} znaki',
      many: 'Co najmniej {count} znaków',
      other: 'Co najmniej {count} znaku',
    },
    passwordLowercase: 'Mała litera',
    passwordUppercase: 'Wielka litera',
    passwordNumber: 'Cyfra',
    passwordSymbol: 'Znak specjalny, np. ! lub @',
    ruleMet: 'Spełnione:',
    ruleNotMet: 'Jeszcze do spełnienia:',
    passwordRulesLeft: {
      one: 'Pozostało {count} wymaganie do spełnienia',
      few: 'Pozostały {count} wymagania do spełnienia',
      many: 'Pozostało {count} wymagań do spełnienia',
      other: 'Pozostało {count} wymagania do spełnienia',
    },
    passwordRulesAllMet: 'Hasło spełnia wszystkie wymagania.',
    resetPassword: 'Zresetuj hasło',
    resettingPassword: 'Resetowanie…',
    passwordChanged: 'Hasło zostało zmienione. Zaloguj się nowym hasłem.',
    signIn: 'Zaloguj się',
    confirmAccount: 'Potwierdź konto',
    useAnotherUsername: 'Użyj innej nazwy użytkownika',
  },
};
