import type { Messages } from '../messages/types.ts';

/** Danish (da). */
export const messages: Messages = {
  locale: 'da',

  exceptions: {
    AliasExistsException:
      'En anden konto bruger allerede {attribute}. Skift {attribute}, eller log ind på den anden konto.',
    CodeDeliveryFailureException:
      'Vi kunne ikke sende koden. Tjek, at {attribute} er korrekt, og bed om en ny kode.',
    CodeMismatchException: 'Koden passer ikke med den, vi sendte. Tjek koden, og indtast den igen.',
    ExpiredCodeException: 'Koden er udløbet. Bed om en ny kode, og indtast den her.',
    ForbiddenException:
      'Vi kan ikke modtage anmodningen fra dit netværk lige nu. Prøv igen senere, eller kontakt support, hvis det bliver ved.',
    InternalErrorException: 'Der er et problem med login-tjenesten. Prøv igen om et par minutter.',
    InvalidEmailRoleAccessPolicyException:
      'Vi kan ikke sende e-mails lige nu på grund af et problem hos os. Prøv igen senere, eller kontakt support.',
    InvalidLambdaResponseException:
      'Vi kunne ikke gøre det færdigt på grund af et problem hos os. Prøv igen senere, eller kontakt support.',
    InvalidParameterException: 'Nogle af de sendte oplysninger blev ikke godkendt. Tjek dem, og prøv igen.',
    InvalidPasswordException: 'Adgangskoden opfylder ikke kravene. Vælg en anden adgangskode.',
    InvalidSmsRoleAccessPolicyException:
      'Vi kan ikke sende sms’er lige nu på grund af et problem hos os. Prøv igen senere, eller kontakt support.',
    InvalidSmsRoleTrustRelationshipException:
      'Der kan ikke sendes sms’er lige nu på grund af et opsætningsproblem hos os. Prøv igen senere, eller kontakt support.',
    LimitExceededException: 'Der har været for mange forsøg. Vent et par minutter, og prøv igen.',
    NotAuthorizedException: 'Din session er afsluttet. Log ind igen for at fortsætte.',
    OperationNotEnabledException:
      'Det er ikke tilgængeligt for din konto lige nu. Kontakt support, hvis du har brug for hjælp.',
    PasswordHistoryPolicyViolationException:
      'Du har brugt denne adgangskode før. Vælg en adgangskode, du ikke har brugt for nylig.',
    PasswordResetRequiredException:
      'Du skal nulstille din adgangskode, før du kan fortsætte. Nulstil den, og log ind igen.',
    ResourceNotFoundException:
      'Tjenesten er ikke sat korrekt op, så vi kan ikke fortsætte. Prøv igen senere, eller kontakt support.',
    TooManyFailedAttemptsException:
      'Der har været for mange forkerte forsøg. Vent et par minutter, før du prøver igen.',
    TooManyRequestsException:
      'Der har været for mange anmodninger på kort tid. Vent et minut, og prøv igen.',
    UnexpectedLambdaException:
      'Noget gik galt, da vi tjekkede dine oplysninger. Prøv igen senere, eller kontakt support.',
    UserLambdaValidationException: 'Dine oplysninger blev ikke godkendt. Tjek dem, og prøv igen.',
    UserNotConfirmedException:
      'Din konto er ikke bekræftet endnu. Bekræft den med den kode, vi sendte, da du oprettede dig, og log ind igen.',
    UserNotFoundException:
      'Vi kan ikke finde din konto. Den er måske blevet lukket. Log ind igen for at fortsætte.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'En anden konto bruger allerede {attribute}. Log ind på den konto, eller skift {attribute}, og opret dig igen.',
      InvalidParameterException:
        'Vi kunne ikke bekræfte en konto med disse oplysninger. Tjek brugernavnet, og indtast koden igen.',
      LimitExceededException:
        'Der er indtastet for mange forkerte koder. Vent et par minutter, og indtast koden igen.',
      NotAuthorizedException:
        'Kontoen kan ikke bekræftes. Den er måske blevet deaktiveret. Kontakt support, hvis du har brug for hjælp.',
      TooManyFailedAttemptsException:
        'Der er indtastet for mange forkerte koder. Vent et par minutter, før du indtaster koden igen.',
      UserLambdaValidationException:
        'Vi kunne ikke bekræfte din konto, fordi nogle af dine oplysninger ikke blev godkendt.',
      UserNotFoundException:
        'Der findes ingen konto med det brugernavn. Tjek brugernavnet, og prøv igen.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException:
        'Vi kunne ikke sende en ny kode. Vent et øjeblik, og bed om en ny kode igen.',
      InvalidParameterException:
        'Vi kunne ikke sende en ny kode til denne konto. Hvis kontoen allerede er bekræftet, kan du logge ind i stedet.',
      LimitExceededException: 'Der er bedt om for mange koder. Vent et par minutter, før du beder om en ny.',
      NotAuthorizedException:
        'Vi kan ikke sende en kode til denne konto. Kontakt support, hvis du har brug for hjælp.',
      UserLambdaValidationException:
        'Vi kunne ikke sende en ny kode, fordi nogle af dine oplysninger ikke blev godkendt.',
      UserNotFoundException:
        'Der findes ingen konto med det brugernavn. Tjek brugernavnet, og bed om en kode igen.',
    },
    UpdateUserAttributes: {
      AliasExistsException:
        'En anden konto bruger allerede {attribute}, du har indtastet. Skift {attribute}, og prøv igen.',
      CodeDeliveryFailureException:
        'Vi kunne ikke sende en kode til {attribute}, du har indtastet. Tjek, at det er korrekt, og gem igen.',
      CodeMismatchException:
        'Vi har ikke ændret {attribute}, fordi et kodetjek mislykkedes. Gem ændringen igen for at få en ny kode.',
      ExpiredCodeException: 'Koden til denne ændring er udløbet. Gem ændringen igen for at få en ny kode.',
      InvalidParameterException: 'Vi kan ikke bruge {attribute}, du har indtastet. Tjek det, og prøv igen.',
      PasswordResetRequiredException:
        'Du skal nulstille din adgangskode, før du kan ændre {attribute}. Nulstil den, og log ind igen.',
      UserLambdaValidationException:
        'Vi kunne ikke godkende {attribute}, du har indtastet. Tjek det, eller indtast noget andet.',
      UserNotConfirmedException:
        'Du kan ikke ændre {attribute}, før din konto er bekræftet. Bekræft kontoen, og prøv igen.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Vi kunne ikke sende en kode til {attribute}. Tjek, at det er korrekt, og bed om en ny kode.',
      InvalidParameterException:
        'Vi kan ikke verificere {attribute}. Tjek, at det er gemt på din konto, og prøv igen.',
      LimitExceededException: 'Der er bedt om for mange koder. Vent et par minutter, før du beder om en ny.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'En anden konto bruger allerede {attribute}, så vi kan ikke verificere det for din konto. Skift {attribute}.',
      InvalidParameterException:
        'Vi kunne ikke verificere {attribute} med denne kode. Bed om en ny kode, og indtast den her.',
      LimitExceededException:
        'Der er indtastet for mange forkerte koder. Vent et par minutter, og indtast koden igen.',
    },
    GetUser: {
      InvalidParameterException: 'Vi kunne ikke tjekke dine kontooplysninger. Log ind igen for at fortsætte.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException: 'Vi kunne ikke sende en nulstillingskode. Vent et øjeblik, og bed om en kode igen.',
      InvalidParameterException:
        'Vi kunne ikke sende en nulstillingskode til denne konto. Kontakt support, hvis du har brug for hjælp til at logge ind.',
      LimitExceededException:
        'Der er bedt om for mange nulstillingskoder. Vent et par minutter, før du beder om en ny.',
      NotAuthorizedException:
        'Adgangskoden til denne konto kan ikke nulstilles her. Kontakt support, hvis du har brug for hjælp.',
      OperationNotEnabledException:
        'Adgangskoder kan ikke nulstilles her lige nu. Kontakt support, hvis du har brug for hjælp til at logge ind.',
      UserLambdaValidationException:
        'Vi kunne ikke sende en nulstillingskode, fordi nogle af dine oplysninger ikke blev godkendt.',
      UserNotFoundException: 'Vi kunne ikke sende en kode til det brugernavn. Tjek brugernavnet, og prøv igen.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Vi kunne ikke nulstille din adgangskode med disse oplysninger. Tjek koden og den nye adgangskode, og prøv igen.',
      LimitExceededException: 'Der er indtastet for mange forkerte koder. Vent et par minutter, og indtast koden igen.',
      NotAuthorizedException:
        'Adgangskoden til denne konto kan ikke nulstilles her. Kontakt support, hvis du har brug for hjælp.',
      OperationNotEnabledException:
        'Adgangskoder kan ikke nulstilles her lige nu. Kontakt support, hvis du har brug for hjælp til at logge ind.',
      TooManyFailedAttemptsException:
        'Der er indtastet for mange forkerte koder. Vent et par minutter, før du indtaster koden igen.',
      UserLambdaValidationException:
        'Vi kunne ikke ændre din adgangskode, fordi nogle af dine oplysninger ikke blev godkendt.',
      UserNotConfirmedException:
        'Din konto er ikke bekræftet endnu. Bekræft den med den kode, vi sendte, da du oprettede dig, og nulstil derefter din adgangskode.',
      UserNotFoundException:
        'Vi kunne ikke nulstille adgangskoden til det brugernavn. Tjek brugernavnet, og prøv igen.',
    },
  },

  local: {
    ValidationError: 'Tjek de oplysninger, du har indtastet, og prøv igen.',
    NetworkError: 'Vi kunne ikke oprette forbindelse. Tjek din internetforbindelse, og prøv igen.',
    TimeoutError: 'Det tager for lang tid. Tjek din internetforbindelse, og prøv igen.',
    AbortError: '',
    SessionExpiredError: 'Du er blevet logget ud. Log ind igen for at fortsætte.',
    UnknownError: 'Noget gik galt. Prøv igen, eller kontakt support, hvis det bliver ved.',
  },

  validation: {
    code: {
      required: 'Indtast den kode, vi sendte til dig',
      tooLong: 'Indtast kun koden fra beskeden',
      pattern: 'Indtast koden præcis, som den står i beskeden',
      format: 'Indtast koden i det rigtige format, f.eks. 123456',
      incomplete: {
        one: 'Indtast hele koden på {length} ciffer',
        other: 'Indtast alle {length} cifre i koden',
      },
    },
    username: {
      required: 'Indtast dit brugernavn',
      tooLong: 'Brugernavnet må højst være på 128 tegn',
      pattern: 'Brugernavnet må ikke indeholde mellemrum',
      format: 'Indtast dit brugernavn i det rigtige format',
    },
    password: {
      required: 'Indtast en ny adgangskode',
      tooLong: 'Adgangskoden må højst være på 256 tegn',
      pattern: 'Adgangskoden må ikke starte eller slutte med et mellemrum',
      format: 'Vælg en adgangskode, der opfylder alle kravene på listen',
    },
    attributeName: {
      required: 'Vælg, hvad du vil verificere',
      tooLong: 'Attributnavnet må højst være på 32 tegn',
      pattern: 'Attributnavnet må ikke indeholde mellemrum',
      format: 'Indtast attributnavnet i det rigtige format',
    },
    value: {
      required: 'Indtast {attribute}',
      tooLong: 'Brug højst 2.048 tegn i {attribute}',
      pattern: 'Der er tegn i {attribute}, som ikke kan bruges',
      format: 'Indtast {attribute} i det rigtige format',
    },
    valueByAttribute: {
      email: {
        format: 'Indtast en e-mailadresse i det rigtige format, f.eks. navn@example.com',
      },
      phone_number: {
        pattern: 'Indtast et telefonnummer med landekode, f.eks. +15555550123',
        format: 'Indtast et telefonnummer med landekode, f.eks. +15555550123',
      },
    },
    configuration: {
      required:
        'Der mangler nogle opsætningsoplysninger på denne side. Prøv igen senere, eller kontakt support, hvis det bliver ved',
      tooLong:
        'Denne side sendte opsætningsoplysninger, der er for lange. Prøv igen senere, eller kontakt support, hvis det bliver ved',
      pattern:
        'Denne side sendte opsætningsoplysninger, der ikke kan bruges. Prøv igen senere, eller kontakt support, hvis det bliver ved',
      format:
        'Denne side sendte opsætningsoplysninger i et forkert format. Prøv igen senere, eller kontakt support, hvis det bliver ved',
    },
    accessToken: {
      required: 'Log ind for at fortsætte',
    },
  },

  attributes: {
    email: { noun: 'e-mailadressen', label: 'E-mailadresse' },
    phone_number: { noun: 'telefonnummeret', label: 'Telefonnummer' },
    given_name: { noun: 'fornavnet', label: 'Fornavn' },
    family_name: { noun: 'efternavnet', label: 'Efternavn' },
    preferred_username: { noun: 'det foretrukne brugernavn', label: 'Foretrukket brugernavn' },
  },

  ui: {
    confirmationCodeLabel: 'Bekræftelseskode',
    verificationCodeLabel: 'Verifikationskode',
    confirm: 'Bekræft',
    verify: 'Verificer',
    save: 'Gem',
    resendCode: 'Send koden igen',
    sendCode: 'Send kode',
    resendCodeIn: 'Send koden igen om {time}',
    codeSent: 'Vi har sendt en kode til {destination}.',
    codeSentByEmail: 'Vi har sendt en kode på e-mail til {destination}.',
    codeSentBySms: 'Vi har sendt en kode på sms til {destination}.',
    codeSentNoDestination: 'Vi har sendt dig en kode.',
    newCodeSent: 'Vi har sendt en ny kode til {destination}.',
    resendAvailable: 'Nu kan du bede om en ny kode.',
    confirmed: 'Din konto er bekræftet.',
    alreadyConfirmed: 'Din konto er allerede bekræftet. Du kan logge ind.',
    verified: 'Vi har verificeret {attribute}.',
    saved: 'Vi har gemt {attribute}.',
    pendingTitle: 'Verificer ændringen af {attribute}',
    pendingBody: 'Indtil du har verificeret {value}, gælder {attribute}, du har nu.',
    unverifiedTitle: 'Du har ikke verificeret {attribute} endnu',
    unverifiedBody: 'Du skal verificere {value}, før du kan bruge det.',
    cancelChange: 'Annuller ændringen',
    tryAgain: 'Prøv igen',
    signInAgain: 'Log ind igen',
    useThisAnyway: 'Brug til denne konto i stedet',
    useThisAnywayHint: 'Den anden konto kan så ikke længere logge ind med {attribute}.',
    waitUntil: 'Prøv igen efter {time}.',
    codeHint: { one: 'Indtast koden på {length} ciffer', other: 'Indtast koden på {length} cifre' },
    codeNotSentYet: 'Vi har ikke sendt nogen kode endnu. Bed om en, og indtast den her.',
    loading: 'Henter {attribute}…',
    codeHintAnyLength: 'Indtast koden fra beskeden',
    submitting: 'Tjekker…',
    sending: 'Sender…',
    saving: 'Gemmer…',
    errorPrefix: 'Fejl:',
    attributeFallback: 'e-mailadressen eller telefonnummeret',
    usernameLabel: 'Brugernavn',
    resetPasswordHint: 'Vi sender en kode til den e-mailadresse eller det telefonnummer, der er knyttet til din konto.',
    newPasswordLabel: 'Ny adgangskode',
    showPassword: 'Vis adgangskode',
    hidePassword: 'Skjul adgangskode',
    passwordRulesTitle: 'Krav til adgangskoden',
    passwordMinLength: { one: 'Mindst {count} tegn', other: 'Mindst {count} tegn' },
    passwordLowercase: 'Et lille bogstav',
    passwordUppercase: 'Et stort bogstav',
    passwordNumber: 'Et tal',
    passwordSymbol: 'Et specialtegn, f.eks. ! eller @',
    ruleMet: 'Opfyldt:',
    ruleNotMet: 'Mangler:',
    passwordRulesLeft: { one: '{count} krav til adgangskoden mangler', other: '{count} krav til adgangskoden mangler' },
    passwordRulesAllMet: 'Adgangskoden opfylder alle kravene.',
    resetPassword: 'Nulstil adgangskode',
    resettingPassword: 'Nulstiller…',
    passwordChanged: 'Din adgangskode er ændret. Log ind med din nye adgangskode.',
    signIn: 'Log ind',
    confirmAccount: 'Bekræft din konto',
    useAnotherUsername: 'Brug et andet brugernavn',
  },
};
