import type { Messages } from '../messages/types.ts';

/** Swedish (sv). */
export const messages: Messages = {
  locale: 'sv',

  exceptions: {
    AliasExistsException:
      'Ett annat konto använder redan {attribute}. Ändra {attribute} eller logga in på det andra kontot.',
    CodeDeliveryFailureException:
      'Vi kunde inte skicka koden. Kontrollera att {attribute} stämmer och be sedan om en ny kod.',
    CodeMismatchException: 'Koden stämmer inte med den vi skickade. Kontrollera koden och ange den igen.',
    ExpiredCodeException: 'Koden har gått ut. Be om en ny kod och ange den här.',
    ForbiddenException:
      'Vi kan inte ta emot den här begäran från ditt nätverk just nu. Försök igen senare eller kontakta supporten om det fortsätter.',
    InternalErrorException: 'Det är ett problem med inloggningstjänsten. Försök igen om några minuter.',
    InvalidEmailRoleAccessPolicyException:
      'Vi kan inte skicka e-post just nu på grund av ett problem hos oss. Försök igen senare eller kontakta supporten.',
    InvalidLambdaResponseException:
      'Vi kunde inte slutföra det här på grund av ett problem hos oss. Försök igen senare eller kontakta supporten.',
    InvalidParameterException:
      'Vissa av uppgifterna som skickades godkändes inte. Kontrollera dem och försök igen.',
    InvalidPasswordException: 'Lösenordet uppfyller inte kraven. Välj ett annat lösenord.',
    InvalidSmsRoleAccessPolicyException:
      'Vi kan inte skicka sms just nu på grund av ett problem hos oss. Försök igen senare eller kontakta supporten.',
    InvalidSmsRoleTrustRelationshipException:
      'Sms kan inte skickas just nu på grund av ett inställningsproblem hos oss. Försök igen senare eller kontakta supporten.',
    LimitExceededException: 'Det har gjorts för många försök. Vänta några minuter och försök sedan igen.',
    NotAuthorizedException: 'Din session har avslutats. Logga in igen för att fortsätta.',
    OperationNotEnabledException:
      'Det här är inte tillgängligt för ditt konto just nu. Kontakta supporten om du behöver hjälp.',
    PasswordHistoryPolicyViolationException:
      'Du har använt det här lösenordet tidigare. Välj ett lösenord som du inte har använt nyligen.',
    PasswordResetRequiredException:
      'Du behöver återställa ditt lösenord innan du kan fortsätta. Återställ det och logga sedan in igen.',
    ResourceNotFoundException:
      'Tjänsten är inte rätt inställd, så vi kan inte fortsätta. Försök igen senare eller kontakta supporten.',
    TooManyFailedAttemptsException:
      'Det har gjorts för många felaktiga försök. Vänta några minuter innan du försöker igen.',
    TooManyRequestsException:
      'Det har kommit för många förfrågningar på kort tid. Vänta en minut och försök sedan igen.',
    UnexpectedLambdaException:
      'Något gick fel när vi kontrollerade dina uppgifter. Försök igen senare eller kontakta supporten.',
    UserLambdaValidationException: 'Dina uppgifter godkändes inte. Kontrollera dem och försök igen.',
    UserNotConfirmedException:
      'Ditt konto är inte bekräftat än. Bekräfta det med koden vi skickade när du registrerade dig och logga sedan in igen.',
    UserNotFoundException:
      'Vi hittar inte ditt konto. Det kan ha avslutats. Logga in igen för att fortsätta.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Ett annat konto använder redan {attribute}. Logga in på det kontot, eller ändra {attribute} och registrera dig igen.',
      InvalidParameterException:
        'Vi kunde inte bekräfta något konto med de här uppgifterna. Kontrollera användarnamnet och ange koden igen.',
      LimitExceededException:
        'Det har angetts för många felaktiga koder. Vänta några minuter och ange sedan koden igen.',
      NotAuthorizedException:
        'Kontot kan inte bekräftas. Det kan ha inaktiverats. Kontakta supporten om du behöver hjälp.',
      TooManyFailedAttemptsException:
        'Det har angetts för många felaktiga koder. Vänta några minuter innan du anger koden igen.',
      UserLambdaValidationException:
        'Vi kunde inte bekräfta ditt konto eftersom vissa av dina uppgifter inte godkändes.',
      UserNotFoundException:
        'Det finns inget konto med det användarnamnet. Kontrollera användarnamnet och försök igen.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException:
        'Vi kunde inte skicka en ny kod. Vänta en stund och be sedan om en ny kod igen.',
      InvalidParameterException:
        'Vi kunde inte skicka en ny kod för det här kontot. Om kontot redan är bekräftat kan du logga in i stället.',
      LimitExceededException: 'Det har begärts för många koder. Vänta några minuter innan du ber om en ny.',
      NotAuthorizedException:
        'Vi kan inte skicka någon kod för det här kontot. Kontakta supporten om du behöver hjälp.',
      UserLambdaValidationException:
        'Vi kunde inte skicka en ny kod eftersom vissa av dina uppgifter inte godkändes.',
      UserNotFoundException:
        'Det finns inget konto med det användarnamnet. Kontrollera användarnamnet och be sedan om en kod igen.',
    },
    UpdateUserAttributes: {
      AliasExistsException:
        'Ett annat konto använder redan {attribute} som du angav. Ändra {attribute} och försök igen.',
      CodeDeliveryFailureException:
        'Vi kunde inte skicka någon kod till {attribute} som du angav. Kontrollera att det stämmer och spara igen.',
      CodeMismatchException:
        'Vi har inte ändrat {attribute} eftersom en kodkontroll misslyckades. Spara ändringen igen för att få en ny kod.',
      ExpiredCodeException:
        'Koden för den här ändringen har gått ut. Spara ändringen igen för att få en ny kod.',
      InvalidParameterException:
        'Vi kan inte använda {attribute} som du angav. Kontrollera det och försök igen.',
      PasswordResetRequiredException:
        'Du behöver återställa ditt lösenord innan du kan ändra {attribute}. Återställ det och logga sedan in igen.',
      UserLambdaValidationException:
        'Vi kunde inte godkänna {attribute} som du angav. Kontrollera det eller ange något annat.',
      UserNotConfirmedException:
        'Du kan inte ändra {attribute} förrän ditt konto är bekräftat. Bekräfta kontot och försök sedan igen.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Vi kunde inte skicka någon kod till {attribute}. Kontrollera att det stämmer och be sedan om en ny kod.',
      InvalidParameterException:
        'Vi kan inte verifiera {attribute}. Kontrollera att uppgiften finns sparad på ditt konto och försök igen.',
      LimitExceededException: 'Det har begärts för många koder. Vänta några minuter innan du ber om en ny.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Ett annat konto använder redan {attribute}, så uppgiften kan inte verifieras för ditt konto. Ändra {attribute}.',
      InvalidParameterException:
        'Vi kunde inte verifiera {attribute} med den här koden. Be om en ny kod och ange den här.',
      LimitExceededException:
        'Det har angetts för många felaktiga koder. Vänta några minuter och ange sedan koden igen.',
    },
    GetUser: {
      InvalidParameterException:
        'Vi kunde inte kontrollera dina kontouppgifter. Logga in igen för att fortsätta.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Vi kunde inte skicka någon återställningskod. Vänta en stund och be sedan om en kod igen.',
      InvalidParameterException:
        'Vi kunde inte skicka någon återställningskod för det här kontot. Kontakta supporten om du behöver hjälp att logga in.',
      LimitExceededException:
        'Det har begärts för många återställningskoder. Vänta några minuter innan du ber om en ny.',
      NotAuthorizedException:
        'Lösenordet för det här kontot kan inte återställas här. Kontakta supporten om du behöver hjälp.',
      OperationNotEnabledException:
        'Det går inte att återställa lösenord här just nu. Kontakta supporten om du behöver hjälp att logga in.',
      UserLambdaValidationException:
        'Vi kunde inte skicka någon återställningskod eftersom vissa av dina uppgifter inte godkändes.',
      UserNotFoundException:
        'Vi kunde inte skicka någon kod för det användarnamnet. Kontrollera användarnamnet och försök igen.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Vi kunde inte återställa ditt lösenord med de här uppgifterna. Kontrollera koden och det nya lösenordet och försök sedan igen.',
      LimitExceededException:
        'Det har angetts för många felaktiga koder. Vänta några minuter och ange sedan koden igen.',
      NotAuthorizedException:
        'Lösenordet för det här kontot kan inte återställas här. Kontakta supporten om du behöver hjälp.',
      OperationNotEnabledException:
        'Det går inte att återställa lösenord här just nu. Kontakta supporten om du behöver hjälp att logga in.',
      TooManyFailedAttemptsException:
        'Det har angetts för många felaktiga koder. Vänta några minuter innan du anger koden igen.',
      UserLambdaValidationException:
        'Vi kunde inte ändra ditt lösenord eftersom vissa av dina uppgifter inte godkändes.',
      UserNotConfirmedException:
        'Ditt konto är inte bekräftat än. Bekräfta det med koden vi skickade när du registrerade dig och återställ sedan ditt lösenord.',
      UserNotFoundException:
        'Vi kunde inte återställa lösenordet för det användarnamnet. Kontrollera användarnamnet och försök igen.',
    },
  },

  local: {
    ValidationError: 'Kontrollera uppgifterna du har angett och försök igen.',
    NetworkError: 'Vi kunde inte ansluta. Kontrollera din internetanslutning och försök igen.',
    TimeoutError: 'Det här tar för lång tid. Kontrollera din internetanslutning och försök igen.',
    AbortError: '',
    SessionExpiredError: 'Du har loggats ut. Logga in igen för att fortsätta.',
    UnknownError: 'Något gick fel. Försök igen eller kontakta supporten om det fortsätter.',
  },

  validation: {
    code: {
      required: 'Ange koden vi skickade till dig',
      tooLong: 'Ange bara koden från meddelandet',
      pattern: 'Ange koden exakt som den står i meddelandet',
      format: 'Ange koden i rätt format, till exempel 123456',
      incomplete: {
        one: 'Ange hela koden på {length} siffra',
        other: 'Ange alla {length} siffror i koden',
      },
    },
    username: {
      required: 'Ange ditt användarnamn',
      tooLong: 'Användarnamnet får vara högst 128 tecken',
      pattern: 'Användarnamnet får inte innehålla mellanslag',
      format: 'Ange ditt användarnamn i rätt format',
    },
    password: {
      required: 'Ange ett nytt lösenord',
      tooLong: 'Lösenordet får vara högst 256 tecken',
      pattern: 'Lösenordet får inte börja eller sluta med ett mellanslag',
      format: 'Välj ett lösenord som uppfyller alla krav i listan',
    },
    attributeName: {
      required: 'Välj vad du vill verifiera',
      tooLong: 'Attributnamnet får vara högst 32 tecken',
      pattern: 'Attributnamnet får inte innehålla mellanslag',
      format: 'Ange attributnamnet i rätt format',
    },
    value: {
      required: 'Ange {attribute}',
      tooLong: 'Ange högst 2 048 tecken för {attribute}',
      pattern: 'Det finns tecken i {attribute} som inte kan användas',
      format: 'Ange {attribute} i rätt format',
    },
    valueByAttribute: {
      email: {
        format: 'Ange en e-postadress i rätt format, till exempel namn@example.com',
      },
      phone_number: {
        pattern: 'Ange ett telefonnummer med landsnummer, till exempel +15555550123',
        format: 'Ange ett telefonnummer med landsnummer, till exempel +15555550123',
      },
    },
    configuration: {
      required:
        'Den här sidan saknar vissa inställningsuppgifter. Försök igen senare eller kontakta supporten om det fortsätter',
      tooLong:
        'Den här sidan skickade inställningsuppgifter som är för långa. Försök igen senare eller kontakta supporten om det fortsätter',
      pattern:
        'Den här sidan skickade inställningsuppgifter som inte kan användas. Försök igen senare eller kontakta supporten om det fortsätter',
      format:
        'Den här sidan skickade inställningsuppgifter i fel format. Försök igen senare eller kontakta supporten om det fortsätter',
    },
    accessToken: {
      required: 'Logga in för att fortsätta',
    },
  },

  attributes: {
    email: { noun: 'e-postadressen', label: 'E-postadress' },
    phone_number: { noun: 'telefonnumret', label: 'Telefonnummer' },
    given_name: { noun: 'förnamnet', label: 'Förnamn' },
    family_name: { noun: 'efternamnet', label: 'Efternamn' },
    preferred_username: { noun: 'det önskade användarnamnet', label: 'Önskat användarnamn' },
  },

  ui: {
    confirmationCodeLabel: 'Bekräftelsekod',
    verificationCodeLabel: 'Verifieringskod',
    confirm: 'Bekräfta',
    verify: 'Verifiera',
    save: 'Spara',
    resendCode: 'Skicka koden igen',
    sendCode: 'Skicka kod',
    resendCodeIn: 'Skicka koden igen om {time}',
    codeSent: 'Vi har skickat en kod till {destination}.',
    codeSentByEmail: 'Vi har skickat en kod via e-post till {destination}.',
    codeSentBySms: 'Vi har skickat en kod via sms till {destination}.',
    codeSentNoDestination: 'Vi har skickat en kod till dig.',
    newCodeSent: 'Vi har skickat en ny kod till {destination}.',
    resendAvailable: 'Nu kan du be om en ny kod.',
    confirmed: 'Ditt konto är bekräftat.',
    alreadyConfirmed: 'Ditt konto är redan bekräftat. Du kan logga in.',
    verified: 'Vi har verifierat {attribute}.',
    saved: 'Vi har sparat {attribute}.',
    pendingTitle: 'Verifiera ändringen av {attribute}',
    pendingBody: 'Tills du har verifierat {value} gäller {attribute} som du har nu.',
    unverifiedTitle: 'Du har inte verifierat {attribute} än',
    unverifiedBody: 'Du behöver verifiera {value} innan du kan använda det.',
    cancelChange: 'Avbryt ändringen',
    tryAgain: 'Försök igen',
    signInAgain: 'Logga in igen',
    useThisAnyway: 'Använd för det här kontot i stället',
    useThisAnywayHint: 'Det andra kontot kan då inte längre logga in med {attribute}.',
    waitUntil: 'Försök igen efter {time}.',
    codeHint: { one: 'Ange den {length}-siffriga koden', other: 'Ange den {length}-siffriga koden' },
    codeNotSentYet: 'Vi har inte skickat någon kod än. Be om en och ange den här.',
    loading: 'Hämtar {attribute}…',
    codeHintAnyLength: 'Ange koden från meddelandet',
    submitting: 'Kontrollerar…',
    sending: 'Skickar…',
    saving: 'Sparar…',
    errorPrefix: 'Fel:',
    attributeFallback: 'e-postadressen eller telefonnumret',
    usernameLabel: 'Användarnamn',
    resetPasswordHint: 'Vi skickar en kod till e-postadressen eller telefonnumret som finns på ditt konto.',
    newPasswordLabel: 'Nytt lösenord',
    showPassword: 'Visa lösenord',
    hidePassword: 'Dölj lösenord',
    passwordRulesTitle: 'Krav på lösenordet',
    passwordMinLength: { one: 'Minst {count} tecken', other: 'Minst {count} tecken' },
    passwordLowercase: 'En liten bokstav',
    passwordUppercase: 'En stor bokstav',
    passwordNumber: 'En siffra',
    passwordSymbol: 'Ett specialtecken, till exempel ! eller @',
    ruleMet: 'Uppfyllt:',
    ruleNotMet: 'Saknas:',
    passwordRulesLeft: { one: '{count} krav på lösenordet återstår', other: '{count} krav på lösenordet återstår' },
    passwordRulesAllMet: 'Lösenordet uppfyller alla krav.',
    resetPassword: 'Återställ lösenord',
    resettingPassword: 'Återställer…',
    passwordChanged: 'Ditt lösenord har ändrats. Logga in med ditt nya lösenord.',
    signIn: 'Logga in',
    confirmAccount: 'Bekräfta kontot',
    useAnotherUsername: 'Använd ett annat användarnamn',
  },
};
