import type { Messages } from '../messages/types.ts';

/** Slovak (sk). */
export const messages: Messages = {
  locale: 'sk',

  exceptions: {
    AliasExistsException:
      'Tento údaj už iný účet používa ako {attribute}. Ako {attribute} zadajte iný údaj alebo sa prihláste do druhého účtu.',
    CodeDeliveryFailureException: 'Kód sa nepodarilo odoslať. Skontrolujte {attribute} a požiadajte o nový kód.',
    CodeMismatchException: 'Tento kód sa nezhoduje s kódom, ktorý sme poslali. Skontrolujte ho a zadajte znova.',
    ExpiredCodeException: 'Platnosť kódu vypršala. Požiadajte o nový kód a zadajte ho sem.',
    ForbiddenException:
      'Túto požiadavku z vašej siete teraz nemôžeme prijať. Skúste to neskôr alebo sa obráťte na podporu, ak problém pretrváva.',
    InternalErrorException: 'Služba prihlásenia má problém. Skúste to znova o niekoľko minút.',
    InvalidEmailRoleAccessPolicyException:
      'Pre problém na našej strane teraz nemôžeme posielať e-maily. Skúste to neskôr alebo sa obráťte na podporu.',
    InvalidLambdaResponseException:
      'Pre problém na našej strane sa to nepodarilo dokončiť. Skúste to neskôr alebo sa obráťte na podporu.',
    InvalidParameterException: 'Niektoré odoslané údaje neboli prijaté. Skontrolujte ich a skúste to znova.',
    InvalidPasswordException: 'Toto heslo nespĺňa požiadavky. Zvoľte iné heslo.',
    InvalidSmsRoleAccessPolicyException:
      'Pre problém na našej strane teraz nemôžeme posielať SMS. Skúste to neskôr alebo sa obráťte na podporu.',
    InvalidSmsRoleTrustRelationshipException:
      'Pre chybu v nastavení na našej strane teraz nie je možné posielať SMS. Skúste to neskôr alebo sa obráťte na podporu.',
    LimitExceededException: 'Bolo príliš veľa pokusov. Počkajte niekoľko minút a skúste to znova.',
    NotAuthorizedException: 'Vaše prihlásenie vypršalo. Ak chcete pokračovať, prihláste sa znova.',
    OperationNotEnabledException:
      'Táto možnosť teraz pre váš účet nie je dostupná. Ak potrebujete pomoc, obráťte sa na podporu.',
    PasswordHistoryPolicyViolationException:
      'Toto heslo ste už v minulosti použili. Zvoľte heslo, ktoré ste v poslednom čase nepoužili.',
    PasswordResetRequiredException:
      'Skôr než budete pokračovať, musíte si obnoviť heslo. Obnovte ho a potom sa znova prihláste.',
    ResourceNotFoundException:
      'Táto služba nie je správne nastavená, preto nemôžeme pokračovať. Skúste to neskôr alebo sa obráťte na podporu.',
    TooManyFailedAttemptsException:
      'Bolo príliš veľa neúspešných pokusov. Skôr než to skúsite znova, počkajte niekoľko minút.',
    TooManyRequestsException: 'Za krátky čas prišlo príliš veľa požiadaviek. Počkajte minútu a skúste to znova.',
    UnexpectedLambdaException:
      'Pri kontrole vašich údajov sa niečo pokazilo. Skúste to neskôr alebo sa obráťte na podporu.',
    UserLambdaValidationException: 'Vaše údaje neboli prijaté. Skontrolujte ich a skúste to znova.',
    UserNotConfirmedException:
      'Váš účet ešte nie je potvrdený. Potvrďte ho kódom, ktorý sme vám poslali pri registrácii, a potom sa znova prihláste.',
    UserNotFoundException:
      'Váš účet sa nám nepodarilo nájsť. Možno bol zrušený. Ak chcete pokračovať, prihláste sa znova.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Tento údaj už iný účet používa ako {attribute}. Prihláste sa do toho účtu alebo sa zaregistrujte znova a ako {attribute} zadajte iný údaj.',
      InvalidParameterException:
        'S týmito údajmi sa účet nepodarilo potvrdiť. Skontrolujte používateľské meno a zadajte kód znova.',
      LimitExceededException: 'Zadali ste príliš veľa nesprávnych kódov. Počkajte niekoľko minút a zadajte kód znova.',
      NotAuthorizedException:
        'Tento účet nie je možné potvrdiť. Možno bol zablokovaný. Ak potrebujete pomoc, obráťte sa na podporu.',
      TooManyFailedAttemptsException:
        'Zadali ste príliš veľa nesprávnych kódov. Skôr než zadáte kód znova, počkajte niekoľko minút.',
      UserLambdaValidationException: 'Váš účet sa nepodarilo potvrdiť, pretože niektoré vaše údaje neboli prijaté.',
      UserNotFoundException:
        'Účet s týmto používateľským menom neexistuje. Skontrolujte používateľské meno a skúste to znova.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Nový kód sa nepodarilo odoslať. Chvíľu počkajte a potom znova požiadajte o nový kód.',
      InvalidParameterException:
        'Pre tento účet sa nepodarilo odoslať nový kód. Ak je účet už potvrdený, jednoducho sa prihláste.',
      LimitExceededException: 'Požiadali ste o príliš veľa kódov. Skôr než požiadate o ďalší, počkajte niekoľko minút.',
      NotAuthorizedException: 'Pre tento účet nemôžeme odoslať kód. Ak potrebujete pomoc, obráťte sa na podporu.',
      UserLambdaValidationException: 'Nový kód sa nepodarilo odoslať, pretože niektoré vaše údaje neboli prijaté.',
      UserNotFoundException:
        'Účet s týmto používateľským menom neexistuje. Skontrolujte používateľské meno a znova požiadajte o kód.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Tento údaj už iný účet používa ako {attribute}. Ako {attribute} zadajte iný údaj.',
      CodeDeliveryFailureException:
        'Kód sa nepodarilo odoslať. Skontrolujte, čo ste zadali ako {attribute}, a zmenu znova uložte.',
      CodeMismatchException:
        'Overenie kódu zlyhalo, takže {attribute} zostáva bez zmeny. Uložte zmenu znova a dostanete nový kód.',
      ExpiredCodeException: 'Platnosť kódu pre túto zmenu vypršala. Uložte zmenu znova a dostanete nový kód.',
      InvalidParameterException: 'Túto hodnotu nie je možné použiť ako {attribute}. Skontrolujte ju a skúste to znova.',
      PasswordResetRequiredException:
        'Skôr než budete môcť zmeniť {attribute}, musíte si obnoviť heslo. Obnovte ho a potom sa znova prihláste.',
      UserLambdaValidationException: 'Táto hodnota nebola prijatá ako {attribute}. Skontrolujte ju alebo zadajte inú.',
      UserNotConfirmedException:
        'Zmeniť {attribute} bude možné až po potvrdení účtu. Potvrďte účet a skúste to znova.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Kód sa nepodarilo odoslať. Skontrolujte {attribute} vo svojom účte a požiadajte o nový kód.',
      InvalidParameterException:
        'Overiť {attribute} teraz nie je možné. Skontrolujte údaje vo svojom účte a skúste to znova.',
      LimitExceededException: 'Požiadali ste o príliš veľa kódov. Skôr než požiadate o ďalší, počkajte niekoľko minút.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Tento údaj už iný účet používa ako {attribute}, preto ho nie je možné overiť pre váš účet. Ako {attribute} zadajte iný údaj.',
      InvalidParameterException:
        'S týmto kódom sa {attribute} nepodarilo overiť. Požiadajte o nový kód a zadajte ho sem.',
      LimitExceededException: 'Zadali ste príliš veľa nesprávnych kódov. Počkajte niekoľko minút a zadajte kód znova.',
    },
    GetUser: {
      InvalidParameterException: 'Údaje vášho účtu sa nepodarilo overiť. Ak chcete pokračovať, prihláste sa znova.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Kód na obnovenie hesla sa nepodarilo odoslať. Chvíľu počkajte a potom znova požiadajte o kód.',
      InvalidParameterException:
        'Pre tento účet sa nepodarilo odoslať kód na obnovenie hesla. Ak potrebujete pomoc s prihlásením, obráťte sa na podporu.',
      LimitExceededException:
        'Požiadali ste o príliš veľa kódov na obnovenie hesla. Skôr než požiadate o ďalší, počkajte niekoľko minút.',
      NotAuthorizedException:
        'Heslo k tomuto účtu tu nie je možné obnoviť. Ak potrebujete pomoc, obráťte sa na podporu.',
      OperationNotEnabledException:
        'Obnovenie hesla tu teraz nie je dostupné. Ak potrebujete pomoc s prihlásením, obráťte sa na podporu.',
      UserLambdaValidationException:
        'Kód na obnovenie hesla sa nepodarilo odoslať, pretože niektoré vaše údaje neboli prijaté.',
      UserNotFoundException:
        'Pre toto používateľské meno sa kód nepodarilo odoslať. Skontrolujte používateľské meno a skúste to znova.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'S týmito údajmi sa heslo nepodarilo obnoviť. Skontrolujte kód a nové heslo a skúste to znova.',
      LimitExceededException: 'Zadali ste príliš veľa nesprávnych kódov. Počkajte niekoľko minút a zadajte kód znova.',
      NotAuthorizedException:
        'Heslo k tomuto účtu tu nie je možné obnoviť. Ak potrebujete pomoc, obráťte sa na podporu.',
      OperationNotEnabledException:
        'Obnovenie hesla tu teraz nie je dostupné. Ak potrebujete pomoc s prihlásením, obráťte sa na podporu.',
      TooManyFailedAttemptsException:
        'Zadali ste príliš veľa nesprávnych kódov. Skôr než zadáte kód znova, počkajte niekoľko minút.',
      UserLambdaValidationException: 'Heslo sa nepodarilo zmeniť, pretože niektoré vaše údaje neboli prijaté.',
      UserNotConfirmedException:
        'Váš účet ešte nie je potvrdený. Potvrďte ho kódom, ktorý sme vám poslali pri registrácii, a potom si obnovte heslo.',
      UserNotFoundException:
        'Heslo pre toto používateľské meno sa nepodarilo obnoviť. Skontrolujte používateľské meno a skúste to znova.',
    },
  },

  local: {
    ValidationError: 'Skontrolujte zadané údaje a skúste to znova.',
    NetworkError: 'Nepodarilo sa pripojiť. Skontrolujte pripojenie na internet a skúste to znova.',
    TimeoutError: 'Trvá to príliš dlho. Skontrolujte pripojenie na internet a skúste to znova.',
    AbortError: '',
    SessionExpiredError: 'Boli ste odhlásení. Ak chcete pokračovať, prihláste sa znova.',
    UnknownError: 'Niečo sa pokazilo. Skúste to znova alebo sa obráťte na podporu, ak problém pretrváva.',
  },

  validation: {
    code: {
      required: 'Zadajte kód, ktorý sme vám poslali',
      tooLong: 'Zadajte iba kód zo správy',
      pattern: 'Zadajte kód presne tak, ako je uvedený v správe',
      format: 'Zadajte kód v správnom formáte, napríklad 123456',
      incomplete: {
        one: 'Zadajte {length} číslicu kódu',
        few: 'Zadajte všetky {length} číslice kódu',
        many: 'Zadajte {length} číslice kódu',
        other: 'Zadajte všetkých {length} číslic kódu',
      },
    },
    username: {
      required: 'Zadajte používateľské meno',
      tooLong: 'Používateľské meno môže mať najviac 128 znakov',
      pattern: 'Používateľské meno nesmie obsahovať medzery',
      format: 'Zadajte používateľské meno v správnom formáte',
    },
    password: {
      required: 'Zadajte nové heslo',
      tooLong: 'Heslo môže mať najviac 256 znakov',
      pattern: 'Heslo nesmie začínať ani končiť medzerou',
      format: 'Zvoľte heslo, ktoré spĺňa všetky požiadavky zo zoznamu',
    },
    attributeName: {
      required: 'Vyberte, čo chcete overiť',
      tooLong: 'Názov údaja môže mať najviac 32 znakov',
      pattern: 'Názov údaja nesmie obsahovať medzery',
      format: 'Zadajte názov údaja v správnom formáte',
    },
    value: {
      required: 'Zadajte {attribute}',
      tooLong: 'Zadajte {attribute} s dĺžkou najviac 2\u00a0048 znakov',
      pattern: 'Zadajte {attribute} bez nepovolených znakov',
      format: 'Zadajte {attribute} v správnom formáte',
    },
    valueByAttribute: {
      email: {
        format: 'Zadajte e-mailovú adresu v správnom formáte, napríklad meno@example.com',
      },
      phone_number: {
        pattern: 'Zadajte telefónne číslo s predvoľbou krajiny, napríklad +15555550123',
        format: 'Zadajte telefónne číslo s predvoľbou krajiny, napríklad +15555550123',
      },
    },
    configuration: {
      required:
        'Na tejto stránke chýbajú niektoré údaje nastavenia. Skúste to neskôr alebo sa obráťte na podporu, ak problém pretrváva',
      tooLong:
        'Táto stránka odoslala príliš dlhé údaje nastavenia. Skúste to neskôr alebo sa obráťte na podporu, ak problém pretrváva',
      pattern:
        'Táto stránka odoslala údaje nastavenia, ktoré nie je možné použiť. Skúste to neskôr alebo sa obráťte na podporu, ak problém pretrváva',
      format:
        'Táto stránka odoslala údaje nastavenia v nesprávnom formáte. Skúste to neskôr alebo sa obráťte na podporu, ak problém pretrváva',
    },
    accessToken: {
      required: 'Ak chcete pokračovať, prihláste sa',
    },
  },

  attributes: {
    email: { noun: 'e-mail', label: 'E-mail' },
    phone_number: { noun: 'telefónne číslo', label: 'Telefónne číslo' },
    given_name: { noun: 'meno', label: 'Meno' },
    family_name: { noun: 'priezvisko', label: 'Priezvisko' },
    preferred_username: { noun: 'preferované používateľské meno', label: 'Preferované používateľské meno' },
  },

  ui: {
    confirmationCodeLabel: 'Potvrdzovací kód',
    verificationCodeLabel: 'Overovací kód',
    confirm: 'Potvrdiť',
    verify: 'Overiť',
    save: 'Uložiť',
    resendCode: 'Poslať kód znova',
    sendCode: 'Poslať kód',
    resendCodeIn: 'Poslať kód znova o {time}',
    codeSent: 'Kód sme poslali na {destination}.',
    codeSentByEmail: 'Kód sme poslali e-mailom na {destination}.',
    codeSentBySms: 'Kód sme poslali SMS správou na {destination}.',
    codeSentNoDestination: 'Poslali sme vám kód.',
    newCodeSent: 'Nový kód sme poslali na {destination}.',
    resendAvailable: 'Teraz môžete požiadať o nový kód.',
    confirmed: 'Váš účet je potvrdený.',
    alreadyConfirmed: 'Váš účet je už potvrdený. Môžete sa prihlásiť.',
    verified: 'Úspešne ste overili {attribute}.',
    saved: 'Uložili sme {attribute}.',
    pendingTitle: 'Overte nový údaj: {attribute}',
    pendingBody: 'Kým neoveríte {value}, {attribute} sa nezmení.',
    unverifiedTitle: 'Zatiaľ ste neoverili {attribute}',
    unverifiedBody: '{value} treba pred použitím overiť.',
    cancelChange: 'Zrušiť zmenu',
    tryAgain: 'Skúsiť znova',
    signInAgain: 'Prihlásiť sa znova',
    useThisAnyway: 'Napriek tomu použiť pre tento účet',
    useThisAnywayHint: 'Tento údaj potom už nebude možné použiť ako {attribute} na prihlásenie do druhého účtu.',
    waitUntil: 'Skúste to znova po {time}.',
    codeHint: {
      one: 'Zadajte {length}-miestny kód',
      few: 'Zadajte {length}-miestny kód',
      many: 'Zadajte {length}-miestny kód',
      other: 'Zadajte {length}-miestny kód',
    },
    codeNotSentYet: 'Zatiaľ sme vám kód neposlali. Požiadajte oň a potom ho zadajte sem.',
    loading: 'Načítavame {attribute}…',
    codeHintAnyLength: 'Zadajte kód zo správy',
    submitting: 'Kontrolujeme…',
    sending: 'Odosielame…',
    saving: 'Ukladáme…',
    errorPrefix: 'Chyba:',
    attributeFallback: 'e-mail alebo telefónne číslo',
    usernameLabel: 'Používateľské meno',
    resetPasswordHint: 'Kód pošleme na e-mail alebo telefónne číslo uvedené vo vašom účte.',
    newPasswordLabel: 'Nové heslo',
    showPassword: 'Zobraziť heslo',
    hidePassword: 'Skryť heslo',
    passwordRulesTitle: 'Požiadavky na heslo',
    passwordMinLength: {
      one: 'Aspoň {count} znak',
      few: 'Aspoň {count} znaky',
      many: 'Aspoň {count} znaku',
      other: 'Aspoň {count} znakov',
    },
    passwordLowercase: 'Malé písmeno',
    passwordUppercase: 'Veľké písmeno',
    passwordNumber: 'Číslica',
    passwordSymbol: 'Špeciálny znak, napríklad ! alebo @',
    ruleMet: 'Splnené:',
    ruleNotMet: 'Zostáva splniť:',
    passwordRulesLeft: {
      one: 'Zostáva splniť {count} požiadavku',
      few: 'Zostáva splniť {count} požiadavky',
      many: 'Zostáva splniť {count} požiadavky',
      other: 'Zostáva splniť {count} požiadaviek',
    },
    passwordRulesAllMet: 'Heslo spĺňa všetky požiadavky.',
    resetPassword: 'Obnoviť heslo',
    resettingPassword: 'Obnovujeme…',
    passwordChanged: 'Vaše heslo bolo zmenené. Prihláste sa novým heslom.',
    signIn: 'Prihlásiť sa',
    confirmAccount: 'Potvrdiť účet',
    useAnotherUsername: 'Použiť iné používateľské meno',
  },
};
