import type { Messages } from '../messages/types.ts';

/** Spanish (es). */
export const messages: Messages = {
  locale: 'es',

  exceptions: {
    AliasExistsException:
      'Otra cuenta ya usa este {attribute}. Usa otro {attribute} o inicia sesión en la otra cuenta.',
    CodeDeliveryFailureException:
      'No pudimos enviar el código. Comprueba que el {attribute} es correcto y pide un código nuevo.',
    CodeMismatchException: 'Ese código no coincide con el que te enviamos. Revísalo y vuelve a introducirlo.',
    ExpiredCodeException: 'Ese código ya no es válido. Pide un código nuevo e introdúcelo aquí.',
    ForbiddenException:
      'Ahora mismo no podemos aceptar esta solicitud desde tu red. Inténtalo más tarde o, si sigue pasando, contacta con el servicio de ayuda.',
    InternalErrorException: 'Hay un problema con el servicio de inicio de sesión. Vuelve a intentarlo dentro de unos minutos.',
    InvalidEmailRoleAccessPolicyException:
      'Ahora mismo no podemos enviar correos electrónicos por un problema de nuestra parte. Inténtalo más tarde o contacta con el servicio de ayuda.',
    InvalidLambdaResponseException:
      'No pudimos terminar por un problema de nuestra parte. Inténtalo más tarde o contacta con el servicio de ayuda.',
    InvalidParameterException: 'No se aceptaron algunos de los datos enviados. Revísalos y vuelve a intentarlo.',
    InvalidPasswordException: 'Esta contraseña no cumple los requisitos. Elige otra contraseña.',
    InvalidSmsRoleAccessPolicyException:
      'Ahora mismo no podemos enviar SMS por un problema de nuestra parte. Inténtalo más tarde o contacta con el servicio de ayuda.',
    InvalidSmsRoleTrustRelationshipException:
      'Ahora mismo no se pueden enviar SMS por un problema de configuración de nuestra parte. Inténtalo más tarde o contacta con el servicio de ayuda.',
    LimitExceededException: 'Ha habido demasiados intentos. Espera unos minutos y vuelve a intentarlo.',
    NotAuthorizedException: 'Tu sesión terminó. Vuelve a iniciar sesión para continuar.',
    OperationNotEnabledException:
      'Ahora mismo esto no está disponible para tu cuenta. Si necesitas ayuda, contacta con el servicio de ayuda.',
    PasswordHistoryPolicyViolationException:
      'Ya usaste esta contraseña antes. Elige una contraseña que no hayas usado recientemente.',
    PasswordResetRequiredException:
      'Tienes que restablecer tu contraseña para poder continuar. Restablécela y vuelve a iniciar sesión.',
    ResourceNotFoundException:
      'Este servicio no está bien configurado, así que no podemos continuar. Inténtalo más tarde o contacta con el servicio de ayuda.',
    TooManyFailedAttemptsException:
      'Ha habido demasiados intentos fallidos. Espera unos minutos antes de volver a intentarlo.',
    TooManyRequestsException: 'Ha habido demasiadas solicitudes en poco tiempo. Espera un minuto y vuelve a intentarlo.',
    UnexpectedLambdaException:
      'Algo salió mal al comprobar tus datos. Inténtalo más tarde o contacta con el servicio de ayuda.',
    UserLambdaValidationException: 'No se aceptaron tus datos. Revísalos y vuelve a intentarlo.',
    UserNotConfirmedException:
      'Tu cuenta aún no está confirmada. Confírmala con el código que te enviamos al registrarte y vuelve a iniciar sesión.',
    UserNotFoundException:
      'No encontramos tu cuenta. Es posible que se haya cerrado. Vuelve a iniciar sesión para continuar.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Otra cuenta ya usa este {attribute}. Inicia sesión en esa cuenta o vuelve a registrarte con otro {attribute}.',
      InvalidParameterException:
        'No pudimos confirmar una cuenta con estos datos. Revisa el nombre de usuario y vuelve a introducir el código.',
      LimitExceededException:
        'Ha habido demasiados códigos incorrectos. Espera unos minutos y vuelve a introducir el código.',
      NotAuthorizedException:
        'No se puede confirmar esta cuenta. Es posible que esté desactivada. Si necesitas ayuda, contacta con el servicio de ayuda.',
      TooManyFailedAttemptsException:
        'Ha habido demasiados códigos incorrectos. Espera unos minutos antes de volver a introducir el código.',
      UserLambdaValidationException:
        'No pudimos confirmar tu cuenta porque no se aceptaron algunos de tus datos.',
      UserNotFoundException:
        'No hay ninguna cuenta con ese nombre de usuario. Revisa el nombre de usuario y vuelve a intentarlo.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'No pudimos enviar un código nuevo. Espera un momento y vuelve a pedirlo.',
      InvalidParameterException:
        'No pudimos enviar un código nuevo para esta cuenta. Si la cuenta ya está confirmada, inicia sesión.',
      LimitExceededException: 'Se han pedido demasiados códigos. Espera unos minutos antes de pedir otro.',
      NotAuthorizedException:
        'No podemos enviar un código para esta cuenta. Si necesitas ayuda, contacta con el servicio de ayuda.',
      UserLambdaValidationException:
        'No pudimos enviar un código nuevo porque no se aceptaron algunos de tus datos.',
      UserNotFoundException:
        'No hay ninguna cuenta con ese nombre de usuario. Revisa el nombre de usuario y vuelve a pedir un código.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Otra cuenta ya usa este {attribute}. Introduce otro {attribute}.',
      CodeDeliveryFailureException:
        'No pudimos enviar un código al nuevo {attribute}. Comprueba que es correcto y vuelve a guardarlo.',
      CodeMismatchException:
        'Tu {attribute} no se cambió porque falló la comprobación de un código. Vuelve a guardar el cambio para recibir un código nuevo.',
      ExpiredCodeException:
        'El código de este cambio ya no es válido. Vuelve a guardar el cambio para recibir un código nuevo.',
      InvalidParameterException: 'No se puede usar este {attribute}. Revísalo y vuelve a intentarlo.',
      PasswordResetRequiredException:
        'Tienes que restablecer tu contraseña para poder cambiar tu {attribute}. Restablécela y vuelve a iniciar sesión.',
      UserLambdaValidationException: 'No se aceptó este {attribute}. Revísalo o introduce otro.',
      UserNotConfirmedException:
        'No puedes cambiar tu {attribute} hasta que confirmes tu cuenta. Confírmala y vuelve a intentarlo.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'No pudimos enviar un código a tu {attribute}. Comprueba que es correcto y pide un código nuevo.',
      InvalidParameterException:
        'No se puede verificar tu {attribute}. Comprueba que está guardado en tu cuenta y vuelve a intentarlo.',
      LimitExceededException: 'Se han pedido demasiados códigos. Espera unos minutos antes de pedir otro.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Otra cuenta ya usa este {attribute}, así que no se puede verificar para la tuya. Usa otro {attribute}.',
      InvalidParameterException:
        'No pudimos verificar tu {attribute} con este código. Pide un código nuevo e introdúcelo aquí.',
      LimitExceededException:
        'Ha habido demasiados códigos incorrectos. Espera unos minutos y vuelve a introducir el código.',
    },
    GetUser: {
      InvalidParameterException: 'No pudimos comprobar los datos de tu cuenta. Vuelve a iniciar sesión para continuar.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'No pudimos enviar un código para restablecer la contraseña. Espera un momento y vuelve a pedir un código.',
      InvalidParameterException:
        'No pudimos enviar un código para restablecer la contraseña de esta cuenta. Si necesitas ayuda para iniciar sesión, contacta con el servicio de ayuda.',
      LimitExceededException:
        'Se han pedido demasiados códigos para restablecer la contraseña. Espera unos minutos antes de pedir otro.',
      NotAuthorizedException:
        'La contraseña de esta cuenta no se puede restablecer aquí. Si necesitas ayuda, contacta con el servicio de ayuda.',
      OperationNotEnabledException:
        'Ahora mismo no se pueden restablecer contraseñas aquí. Si necesitas ayuda para iniciar sesión, contacta con el servicio de ayuda.',
      UserLambdaValidationException:
        'No pudimos enviar un código para restablecer la contraseña porque no se aceptaron algunos de tus datos.',
      UserNotFoundException:
        'No pudimos enviar un código para ese nombre de usuario. Revisa el nombre de usuario y vuelve a intentarlo.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'No pudimos restablecer tu contraseña con estos datos. Revisa el código y la nueva contraseña, y vuelve a intentarlo.',
      LimitExceededException:
        'Ha habido demasiados códigos incorrectos. Espera unos minutos y vuelve a introducir el código.',
      NotAuthorizedException:
        'La contraseña de esta cuenta no se puede restablecer aquí. Si necesitas ayuda, contacta con el servicio de ayuda.',
      OperationNotEnabledException:
        'Ahora mismo no se pueden restablecer contraseñas aquí. Si necesitas ayuda para iniciar sesión, contacta con el servicio de ayuda.',
      TooManyFailedAttemptsException:
        'Ha habido demasiados códigos incorrectos. Espera unos minutos antes de volver a introducir el código.',
      UserLambdaValidationException: 'No pudimos cambiar tu contraseña porque no se aceptaron algunos de tus datos.',
      UserNotConfirmedException:
        'Tu cuenta aún no está confirmada. Confírmala con el código que te enviamos al registrarte y después restablece tu contraseña.',
      UserNotFoundException:
        'No pudimos restablecer la contraseña de ese nombre de usuario. Revisa el nombre de usuario y vuelve a intentarlo.',
    },
  },

  local: {
    ValidationError: 'Revisa los datos que introdujiste y vuelve a intentarlo.',
    NetworkError: 'No pudimos conectarnos. Comprueba tu conexión a internet y vuelve a intentarlo.',
    TimeoutError: 'Esto está tardando demasiado. Comprueba tu conexión a internet y vuelve a intentarlo.',
    AbortError: '',
    SessionExpiredError: 'Se cerró tu sesión. Vuelve a iniciar sesión para continuar.',
    UnknownError: 'Algo salió mal. Vuelve a intentarlo o, si sigue pasando, contacta con el servicio de ayuda.',
  },

  validation: {
    code: {
      required: 'Introduce el código que te enviamos',
      tooLong: 'Introduce solo el código del mensaje',
      pattern: 'Introduce el código tal como aparece en el mensaje',
      format: 'Introduce el código en el formato correcto, por ejemplo, 123456',
      incomplete: {
        one: 'Introduce el código completo de {length} dígito',
        many: 'Introduce los {length} dígitos del código',
        other: 'Introduce los {length} dígitos del código',
      },
    },
    username: {
      required: 'Introduce tu nombre de usuario',
      tooLong: 'El nombre de usuario debe tener 128 caracteres como máximo',
      pattern: 'El nombre de usuario no puede contener espacios',
      format: 'Introduce tu nombre de usuario en el formato correcto',
    },
    password: {
      required: 'Introduce una nueva contraseña',
      tooLong: 'La contraseña debe tener 256 caracteres como máximo',
      pattern: 'La contraseña no puede empezar ni terminar con un espacio',
      format: 'Elige una contraseña que cumpla todos los requisitos de la lista',
    },
    attributeName: {
      required: 'Elige qué quieres verificar',
      tooLong: 'El nombre del atributo debe tener 32 caracteres como máximo',
      pattern: 'El nombre del atributo no puede contener espacios',
      format: 'Introduce el nombre del atributo en el formato correcto',
    },
    value: {
      required: 'Introduce tu {attribute}',
      tooLong: 'Tu {attribute} debe tener 2048 caracteres como máximo',
      pattern: 'Tu {attribute} contiene caracteres que no se pueden usar',
      format: 'Introduce tu {attribute} en el formato correcto',
    },
    valueByAttribute: {
      email: {
        format: 'Introduce un correo electrónico en el formato correcto, por ejemplo, nombre@example.com',
      },
      phone_number: {
        pattern: 'Introduce un número de teléfono con el prefijo del país, por ejemplo, +15555550123',
        format: 'Introduce un número de teléfono con el prefijo del país, por ejemplo, +15555550123',
      },
    },
    configuration: {
      required:
        'A esta página le faltan algunos datos de configuración. Inténtalo más tarde o, si sigue pasando, contacta con el servicio de ayuda',
      tooLong:
        'Esta página envió datos de configuración demasiado largos. Inténtalo más tarde o, si sigue pasando, contacta con el servicio de ayuda',
      pattern:
        'Esta página envió datos de configuración que no se pueden usar. Inténtalo más tarde o, si sigue pasando, contacta con el servicio de ayuda',
      format:
        'Esta página envió datos de configuración con un formato incorrecto. Inténtalo más tarde o, si sigue pasando, contacta con el servicio de ayuda',
    },
    accessToken: {
      required: 'Inicia sesión para continuar',
    },
  },

  attributes: {
    email: { noun: 'correo electrónico', label: 'Correo electrónico' },
    phone_number: { noun: 'número de teléfono', label: 'Número de teléfono' },
    given_name: { noun: 'nombre', label: 'Nombre' },
    family_name: { noun: 'apellido', label: 'Apellidos' },
    preferred_username: { noun: 'nombre de usuario preferido', label: 'Nombre de usuario preferido' },
  },

  ui: {
    confirmationCodeLabel: 'Código de confirmación',
    verificationCodeLabel: 'Código de verificación',
    confirm: 'Confirmar',
    verify: 'Verificar',
    save: 'Guardar',
    resendCode: 'Reenviar código',
    sendCode: 'Enviar código',
    resendCodeIn: 'Reenviar código en {time}',
    codeSent: 'Te enviamos un código a {destination}.',
    codeSentByEmail: 'Te enviamos un código por correo electrónico a {destination}.',
    codeSentBySms: 'Te enviamos un código por SMS a {destination}.',
    codeSentNoDestination: 'Te enviamos un código.',
    newCodeSent: 'Te enviamos un código nuevo a {destination}.',
    resendAvailable: 'Ya puedes pedir un código nuevo.',
    confirmed: 'Tu cuenta está confirmada.',
    alreadyConfirmed: 'Tu cuenta ya está confirmada. Puedes iniciar sesión.',
    verified: 'Tu {attribute} está verificado.',
    saved: 'Tu {attribute} se guardó.',
    pendingTitle: 'Verifica tu nuevo {attribute}',
    pendingBody: 'Tu {attribute} actual seguirá activo hasta que verifiques {value}.',
    unverifiedTitle: 'Tu {attribute} no está verificado',
    unverifiedBody: 'Tienes que verificar {value} para poder usarlo.',
    cancelChange: 'Cancelar cambio',
    tryAgain: 'Reintentar',
    signInAgain: 'Volver a iniciar sesión',
    useThisAnyway: 'Usarlo en esta cuenta',
    useThisAnywayHint: 'La otra cuenta ya no podrá iniciar sesión con este {attribute}.',
    waitUntil: 'Vuelve a intentarlo después de {time}.',
    codeHint: {
      one: 'Introduce el código de {length} dígito',
      many: 'Introduce el código de {length} dígitos',
      other: 'Introduce el código de {length} dígitos',
    },
    codeNotSentYet: 'Aún no te hemos enviado ningún código. Pide uno e introdúcelo aquí.',
    loading: 'Cargando tu {attribute}…',
    codeHintAnyLength: 'Introduce el código del mensaje',
    submitting: 'Comprobando…',
    sending: 'Enviando…',
    saving: 'Guardando…',
    errorPrefix: 'Error:',
    attributeFallback: 'correo electrónico o número de teléfono',
    usernameLabel: 'Nombre de usuario',
    resetPasswordHint: 'Te enviaremos un código al correo electrónico o al número de teléfono de tu cuenta.',
    newPasswordLabel: 'Nueva contraseña',
    showPassword: 'Mostrar contraseña',
    hidePassword: 'Ocultar contraseña',
    passwordRulesTitle: 'Tu contraseña debe tener',
    passwordMinLength: {
      one: 'Al menos {count} carácter',
      many: 'Al menos {count} caracteres',
      other: 'Al menos {count} caracteres',
    },
    passwordLowercase: 'Una letra minúscula',
    passwordUppercase: 'Una letra mayúscula',
    passwordNumber: 'Un número',
    passwordSymbol: 'Un símbolo, como ! o @',
    ruleMet: 'Cumplido:',
    ruleNotMet: 'Pendiente:',
    passwordRulesLeft: {
      one: 'Falta {count} requisito de la contraseña',
      many: 'Faltan {count} requisitos de la contraseña',
      other: 'Faltan {count} requisitos de la contraseña',
    },
    passwordRulesAllMet: 'Tu contraseña cumple todos los requisitos.',
    resetPassword: 'Restablecer contraseña',
    resettingPassword: 'Restableciendo…',
    passwordChanged: 'Tu contraseña se cambió. Inicia sesión con tu nueva contraseña.',
    signIn: 'Iniciar sesión',
    confirmAccount: 'Confirmar cuenta',
    useAnotherUsername: 'Usar otro nombre de usuario',
  },
};
