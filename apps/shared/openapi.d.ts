// Generated from the server's OpenAPI document by `npm run gen:api`. Do not edit.

export interface paths {
    "/api/console/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff user, their accounts and roles (401 when signed out) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                displayName: string;
                                isPlatformAdmin: boolean;
                                supervisorRegion: string | null;
                            };
                            accounts: {
                                id: number;
                                handle: string;
                                name: string;
                                roles: ("admin" | "editor" | "reviewer" | "leader" | "responder" | "analyst")[];
                            }[];
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Sign in to the console (sets the zw_staff cookie) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                displayName: string;
                                isPlatformAdmin: boolean;
                                supervisorRegion: string | null;
                            };
                            accounts: {
                                id: number;
                                handle: string;
                                name: string;
                                roles: ("admin" | "editor" | "reviewer" | "leader" | "responder" | "analyst")[];
                            }[];
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        /** Sign out of the console */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the signed-in user's password; signs out their other sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff of an account and their roles (account admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                userId: number;
                                username: string;
                                displayName: string;
                                roles: ("admin" | "editor" | "reviewer" | "leader" | "responder" | "analyst")[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Grant roles to a user on the account, creating the user when new (password required then) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName?: string;
                        password?: string;
                        roles: ("admin" | "editor" | "reviewer" | "leader" | "responder" | "analyst")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            userId: number;
                            username: string;
                            displayName: string;
                            roles: ("admin" | "editor" | "reviewer" | "leader" | "responder" | "analyst")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/staff/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a member's roles on the account */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        roles: ("admin" | "editor" | "reviewer" | "leader" | "responder" | "analyst")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            userId: number;
                            username: string;
                            displayName: string;
                            roles: ("admin" | "editor" | "reviewer" | "leader" | "responder" | "analyst")[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a member from the account (409 LAST_ADMIN for the last admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regions (GB/T 2260): provinces, or the children of `parent` */
        get: {
            parameters: {
                query?: {
                    /** @description GB/T 2260 six-digit code */
                    parent?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                level: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Department types with Chinese and English labels */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                zh: string;
                                en: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Account directory for citizens: verified first, then by follower count */
        get: {
            parameters: {
                query: {
                    q?: string;
                    /** @description GB/T 2260 six-digit code */
                    region?: string;
                    department?: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                    limit: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                handle: string;
                                name: string;
                                /** @enum {unknown} */
                                level: "national" | "provincial" | "municipal" | "county" | "township";
                                /** @enum {unknown} */
                                departmentType: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                                regionCode: string;
                                regionName: string;
                                avatarUrl: string | null;
                                verified: boolean;
                                followerCount: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directory/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public statistic: active accounts by level, department and region (cacheable for 5 minutes) */
        get: {
            parameters: {
                query?: {
                    /** @description GB/T 2260 six-digit code */
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description active accounts */
                            total: number;
                            /** @description active verified accounts */
                            verified: number;
                            /** @description every level, national to township, zeros included (the paper’s Figure 1) */
                            byLevel: {
                                /** @enum {unknown} */
                                level: "national" | "provincial" | "municipal" | "county" | "township";
                                zh: string;
                                en: string;
                                accounts: number;
                            }[];
                            /** @description departments with accounts, most first (the paper’s Figure 2) */
                            byDepartment: {
                                /** @enum {unknown} */
                                key: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                                zh: string;
                                en: string;
                                accounts: number;
                            }[];
                            /** @description the largest regions one level below the filter (provinces without one), most first, at most 10; absent for a county */
                            byRegion?: {
                                code: string;
                                name: string;
                                accounts: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public profile of an account, by numeric id or handle */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ref: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            handle: string;
                            name: string;
                            /** @enum {unknown} */
                            level: "national" | "provincial" | "municipal" | "county" | "township";
                            /** @enum {unknown} */
                            departmentType: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                            regionCode: string;
                            regionName: string;
                            avatarUrl: string | null;
                            verified: boolean;
                            followerCount: number;
                            introduction: string;
                            owningUnit: string;
                            contact: string;
                            publicationCount: number;
                            following: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts the signed-in staff user may see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                handle: string;
                                name: string;
                                /** @enum {unknown} */
                                level: "national" | "provincial" | "municipal" | "county" | "township";
                                /** @enum {unknown} */
                                departmentType: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                                regionCode: string;
                                regionName: string;
                                avatarUrl: string | null;
                                verified: boolean;
                                followerCount: number;
                                introduction: string;
                                owningUnit: string;
                                contact: string;
                                publicationCount: number;
                                /** @enum {unknown} */
                                status: "active" | "suspended" | "held";
                                createdAt: number;
                                updatedAt: number;
                                nameHold?: {
                                    id: number;
                                    /**
                                     * @description create: the account was created held (hidden); rename: the new name was not applied
                                     * @enum {unknown}
                                     */
                                    kind: "create" | "rename";
                                    /** @enum {unknown} */
                                    status: "pending" | "approved" | "rejected" | "superseded";
                                    proposedName: string;
                                    /** @description the verified name it is too close to */
                                    closestName: string;
                                    /** @description the guard score in [0, 1]; flagged from 0.6 (docs/GUARD.md) */
                                    score: number;
                                    differences: {
                                        /** @enum {unknown} */
                                        kind: "variant" | "decoration" | "admin" | "lookalike" | "homophone" | "pinyin" | "transpose" | "insert" | "delete" | "substitute" | "level";
                                        candidate: string;
                                        verified: string;
                                    }[];
                                    createdAt: number;
                                    decisionReason: string | null;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an account (platform admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description lower-case letters, digits and hyphens */
                        handle: string;
                        name: string;
                        /** @enum {unknown} */
                        level: "national" | "provincial" | "municipal" | "county" | "township";
                        /** @enum {unknown} */
                        departmentType: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                        /** @description GB/T 2260 six-digit code */
                        regionCode: string;
                        owningUnit: string;
                        contact: string;
                        avatarUrl?: string | null;
                        introduction: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            handle: string;
                            name: string;
                            /** @enum {unknown} */
                            level: "national" | "provincial" | "municipal" | "county" | "township";
                            /** @enum {unknown} */
                            departmentType: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                            regionCode: string;
                            regionName: string;
                            avatarUrl: string | null;
                            verified: boolean;
                            followerCount: number;
                            introduction: string;
                            owningUnit: string;
                            contact: string;
                            publicationCount: number;
                            /** @enum {unknown} */
                            status: "active" | "suspended" | "held";
                            createdAt: number;
                            updatedAt: number;
                            nameHold?: {
                                id: number;
                                /**
                                 * @description create: the account was created held (hidden); rename: the new name was not applied
                                 * @enum {unknown}
                                 */
                                kind: "create" | "rename";
                                /** @enum {unknown} */
                                status: "pending" | "approved" | "rejected" | "superseded";
                                proposedName: string;
                                /** @description the verified name it is too close to */
                                closestName: string;
                                /** @description the guard score in [0, 1]; flagged from 0.6 (docs/GUARD.md) */
                                score: number;
                                differences: {
                                    /** @enum {unknown} */
                                    kind: "variant" | "decoration" | "admin" | "lookalike" | "homophone" | "pinyin" | "transpose" | "insert" | "delete" | "substitute" | "level";
                                    candidate: string;
                                    verified: string;
                                }[];
                                createdAt: number;
                                decisionReason: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account, for its staff, its region supervisor or a platform admin */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            handle: string;
                            name: string;
                            /** @enum {unknown} */
                            level: "national" | "provincial" | "municipal" | "county" | "township";
                            /** @enum {unknown} */
                            departmentType: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                            regionCode: string;
                            regionName: string;
                            avatarUrl: string | null;
                            verified: boolean;
                            followerCount: number;
                            introduction: string;
                            owningUnit: string;
                            contact: string;
                            publicationCount: number;
                            /** @enum {unknown} */
                            status: "active" | "suspended" | "held";
                            createdAt: number;
                            updatedAt: number;
                            nameHold?: {
                                id: number;
                                /**
                                 * @description create: the account was created held (hidden); rename: the new name was not applied
                                 * @enum {unknown}
                                 */
                                kind: "create" | "rename";
                                /** @enum {unknown} */
                                status: "pending" | "approved" | "rejected" | "superseded";
                                proposedName: string;
                                /** @description the verified name it is too close to */
                                closestName: string;
                                /** @description the guard score in [0, 1]; flagged from 0.6 (docs/GUARD.md) */
                                score: number;
                                differences: {
                                    /** @enum {unknown} */
                                    kind: "variant" | "decoration" | "admin" | "lookalike" | "homophone" | "pinyin" | "transpose" | "insert" | "delete" | "substitute" | "level";
                                    candidate: string;
                                    verified: string;
                                }[];
                                createdAt: number;
                                decisionReason: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an account profile (account admin or platform admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description lower-case letters, digits and hyphens */
                        handle?: string;
                        name?: string;
                        /** @enum {unknown} */
                        level?: "national" | "provincial" | "municipal" | "county" | "township";
                        /** @enum {unknown} */
                        departmentType?: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                        /** @description GB/T 2260 six-digit code */
                        regionCode?: string;
                        owningUnit?: string;
                        contact?: string;
                        avatarUrl?: string | null;
                        introduction?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            handle: string;
                            name: string;
                            /** @enum {unknown} */
                            level: "national" | "provincial" | "municipal" | "county" | "township";
                            /** @enum {unknown} */
                            departmentType: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                            regionCode: string;
                            regionName: string;
                            avatarUrl: string | null;
                            verified: boolean;
                            followerCount: number;
                            introduction: string;
                            owningUnit: string;
                            contact: string;
                            publicationCount: number;
                            /** @enum {unknown} */
                            status: "active" | "suspended" | "held";
                            createdAt: number;
                            updatedAt: number;
                            nameHold?: {
                                id: number;
                                /**
                                 * @description create: the account was created held (hidden); rename: the new name was not applied
                                 * @enum {unknown}
                                 */
                                kind: "create" | "rename";
                                /** @enum {unknown} */
                                status: "pending" | "approved" | "rejected" | "superseded";
                                proposedName: string;
                                /** @description the verified name it is too close to */
                                closestName: string;
                                /** @description the guard score in [0, 1]; flagged from 0.6 (docs/GUARD.md) */
                                score: number;
                                differences: {
                                    /** @enum {unknown} */
                                    kind: "variant" | "decoration" | "admin" | "lookalike" | "homophone" | "pinyin" | "transpose" | "insert" | "delete" | "substitute" | "level";
                                    candidate: string;
                                    verified: string;
                                }[];
                                createdAt: number;
                                decisionReason: string | null;
                            };
                            renameInReview?: {
                                applicationId: number;
                                requestedName: string;
                                /** @enum {string} */
                                status: "pending";
                                message: {
                                    zh: string;
                                    en: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/auth/otp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a one-time sign-in code by SMS 发送短信验证码 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            sent: true;
                            expiresInSec: number;
                            retryAfterSec: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in citizen, if any 当前登录状态 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            citizen: {
                                /** @description 138****5678 */
                                phoneMasked: string;
                            } | null;
                            csrfToken: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Sign in with phone and code 验证码登录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            citizen: {
                                /** @description 138****5678 */
                                phoneMasked: string;
                            };
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        /** Sign out 退出登录 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow an account 关注公众号 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description QR scene the follower came from */
                        scene?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            following: boolean;
                            followerCount: number;
                        };
                    };
                };
            };
        };
        /** Unfollow an account 取消关注 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            following: boolean;
                            followerCount: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Followers of an account, by openid only 粉丝列表 */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    limit: number;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: {
                                openid: string;
                                followedAt: number;
                                scene: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/stats/followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follower growth per Beijing day and by QR scene 关注者统计 */
        get: {
            parameters: {
                query: {
                    days: number;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            days: {
                                /** @description YYYY-MM-DD in Beijing time (UTC+8) */
                                date: string;
                                newFollowers: number;
                                total: number;
                            }[];
                            byScene: {
                                scene: string | null;
                                followers: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/qrcode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow QR code with a scene parameter (SVG or PNG) 带参数的关注二维码 */
        get: {
            parameters: {
                query: {
                    /** @description 1–64 of A–Z a–z 0–9 _ - */
                    scene: string;
                    format: "svg" | "png";
                    /** @description 1: answer as an attachment */
                    download?: number;
                };
                header?: never;
                path: {
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The QR code image */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": string;
                        "image/png": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the articles of an account (newest edits first) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "draft" | "in_review" | "rejected" | "approved" | "scheduled" | "published" | "withdrawn";
                };
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                title: string;
                                status: "draft" | "in_review" | "rejected" | "approved" | "scheduled" | "published" | "withdrawn";
                                updatedAt: number;
                                publishedSlug: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft article */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1–64 characters */
                        title: string;
                        author?: string;
                        /** @description empty: derived from the body */
                        summary?: string;
                        /** @description HTML; sanitised before it is stored */
                        bodyHtml: string;
                        coverMediaId?: number | null;
                        /** @description release tier: 1 convenience, 2 news, 3 emergency/sensitive */
                        tier?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            title: string;
                            status: "draft" | "in_review" | "rejected" | "approved" | "scheduled" | "published" | "withdrawn";
                            updatedAt: number;
                            publishedSlug: string | null;
                            author: string;
                            summary: string;
                            bodyHtml: string;
                            coverMediaId: number | null;
                            coverUrl: string | null;
                            tier: number;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/articles/{articleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one article of an account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            title: string;
                            status: "draft" | "in_review" | "rejected" | "approved" | "scheduled" | "published" | "withdrawn";
                            updatedAt: number;
                            publishedSlug: string | null;
                            author: string;
                            summary: string;
                            bodyHtml: string;
                            coverMediaId: number | null;
                            coverUrl: string | null;
                            tier: number;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft (only the fields given change; the version goes up) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1–64 characters */
                        title?: string;
                        author?: string;
                        /** @description empty: derived from the body */
                        summary?: string;
                        /** @description HTML; sanitised before it is stored */
                        bodyHtml?: string;
                        coverMediaId?: number | null;
                        /** @description release tier: 1 convenience, 2 news, 3 emergency/sensitive */
                        tier?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            title: string;
                            status: "draft" | "in_review" | "rejected" | "approved" | "scheduled" | "published" | "withdrawn";
                            updatedAt: number;
                            publishedSlug: string | null;
                            author: string;
                            summary: string;
                            bodyHtml: string;
                            coverMediaId: number | null;
                            coverUrl: string | null;
                            tier: number;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/console/accounts/{accountId}/articles/{articleId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft to the account thread */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            slug: string;
                            seq: number;
                            accountId: number;
                            accountName: string;
                            title: string;
                            summary: string;
                            coverUrl: string | null;
                            /** @description epoch ms */
                            publishedAt: number;
                            /** @description /a/<slug> */
                            url: string;
                            /** @description The content signature (docs/SIGNING.md) */
                            signature?: {
                                /** @description 10-character verification code (Crockford base32) */
                                code: string;
                                keyId: string;
                                /** @enum {string} */
                                algorithm: "Ed25519";
                                /** @description base64url signature over the canonical payload (docs/SIGNING.md) */
                                value: string;
                                /** @description epoch ms */
                                signedAt: number;
                                /** @description /v/<code>: the verification page */
                                url: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload media (multipart field "file"): an image (JPEG, PNG, GIF, WebP; ≤ 10 MB; resized, metadata stripped), video (MP4, WebM; ≤ 200 MB), audio (MP3, M4A, OGG, WAV; ≤ 30 MB) or attachment (PDF, OFD, Word, Excel, PowerPoint; ≤ 50 MB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            url: string;
                            mime: string;
                            size: number;
                            kind: "image" | "video" | "audio" | "attachment";
                            name: string | null;
                            width: number | null;
                            height: number | null;
                            thumbnailUrl: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publications/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a published article (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            slug: string;
                            seq: number;
                            accountId: number;
                            accountName: string;
                            title: string;
                            summary: string;
                            coverUrl: string | null;
                            /** @description epoch ms */
                            publishedAt: number;
                            /** @description /a/<slug> */
                            url: string;
                            /** @description The content signature (docs/SIGNING.md) */
                            signature?: {
                                /** @description 10-character verification code (Crockford base32) */
                                code: string;
                                keyId: string;
                                /** @enum {string} */
                                algorithm: "Ed25519";
                                /** @description base64url signature over the canonical payload (docs/SIGNING.md) */
                                value: string;
                                /** @description epoch ms */
                                signedAt: number;
                                /** @description /v/<code>: the verification page */
                                url: string;
                            };
                            author: string;
                            bodyHtml: string;
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                                /** @enum {unknown} */
                                level: "national" | "provincial" | "municipal" | "county" | "township";
                                /** @enum {unknown} */
                                departmentType: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                                regionCode: string;
                                regionName: string;
                                avatarUrl: string | null;
                                verified: boolean;
                                followerCount: number;
                            };
                            /** @description set when an approved correction replaced the text (show 已更正 / Corrected) */
                            revisedAt: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/thread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's publications, newest first; marks them read 公众号消息列表 */
        get: {
            parameters: {
                query: {
                    beforeSeq?: number;
                    cursor?: string;
                    limit: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                slug: string;
                                seq: number;
                                accountId: number;
                                accountName: string;
                                title: string;
                                summary: string;
                                coverUrl: string | null;
                                /** @description epoch ms */
                                publishedAt: number;
                                /** @description /a/<slug> */
                                url: string;
                                /** @description The content signature (docs/SIGNING.md) */
                                signature?: {
                                    /** @description 10-character verification code (Crockford base32) */
                                    code: string;
                                    keyId: string;
                                    /** @enum {string} */
                                    algorithm: "Ed25519";
                                    /** @description base64url signature over the canonical payload (docs/SIGNING.md) */
                                    value: string;
                                    /** @description epoch ms */
                                    signedAt: number;
                                    /** @description /v/<code>: the verification page */
                                    url: string;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks the account's thread read up to its latest publication 标记已读 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Followed accounts with their latest publication and unread count 订阅号列表 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                    /** @enum {unknown} */
                                    level: "national" | "provincial" | "municipal" | "county" | "township";
                                    /** @enum {unknown} */
                                    departmentType: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                                    regionCode: string;
                                    regionName: string;
                                    avatarUrl: string | null;
                                    verified: boolean;
                                    followerCount: number;
                                };
                                latest: {
                                    id: number;
                                    slug: string;
                                    seq: number;
                                    accountId: number;
                                    accountName: string;
                                    title: string;
                                    summary: string;
                                    coverUrl: string | null;
                                    /** @description epoch ms */
                                    publishedAt: number;
                                    /** @description /a/<slug> */
                                    url: string;
                                    /** @description The content signature (docs/SIGNING.md) */
                                    signature?: {
                                        /** @description 10-character verification code (Crockford base32) */
                                        code: string;
                                        keyId: string;
                                        /** @enum {string} */
                                        algorithm: "Ed25519";
                                        /** @description base64url signature over the canonical payload (docs/SIGNING.md) */
                                        value: string;
                                        /** @description epoch ms */
                                        signedAt: number;
                                        /** @description /v/<code>: the verification page */
                                        url: string;
                                    };
                                } | null;
                                unread: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Merged timeline of followed accounts, newest first 订阅消息流 */
        get: {
            parameters: {
                query: {
                    cursor?: string;
                    limit: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                slug: string;
                                seq: number;
                                accountId: number;
                                accountName: string;
                                title: string;
                                summary: string;
                                coverUrl: string | null;
                                /** @description epoch ms */
                                publishedAt: number;
                                /** @description /a/<slug> */
                                url: string;
                                /** @description The content signature (docs/SIGNING.md) */
                                signature?: {
                                    /** @description 10-character verification code (Crockford base32) */
                                    code: string;
                                    keyId: string;
                                    /** @enum {string} */
                                    algorithm: "Ed25519";
                                    /** @description base64url signature over the canonical payload (docs/SIGNING.md) */
                                    value: string;
                                    /** @description epoch ms */
                                    signedAt: number;
                                    /** @description /v/<code>: the verification page */
                                    url: string;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events of the signed-in citizen (text/event-stream) 实时事件 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events of an account's console (text/event-stream) 后台实时事件 */
        get: {
            parameters: {
                query: {
                    accountId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/menu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's custom menu (WeChat shape) 公众号自定义菜单 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            button: ({
                                /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                name: string;
                                sub_button: ({
                                    /** @enum {string} */
                                    type: "click";
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    /** @description Event key sent to the account (≤128 bytes) */
                                    key: string;
                                } | {
                                    /** @enum {string} */
                                    type: "view";
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    /** @description http(s) URL or a site-relative path such as /a/<slug> (≤1024 bytes) */
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "article_id";
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    /** @description Slug of one of the account's publications (/a/<slug>) */
                                    article_id: string;
                                } | {
                                    /** @enum {string} */
                                    type: "service";
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    service: "conversation" | "hotlines" | "articles";
                                })[];
                            } | {
                                /** @enum {string} */
                                type: "click";
                                /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                name: string;
                                /** @description Event key sent to the account (≤128 bytes) */
                                key: string;
                            } | {
                                /** @enum {string} */
                                type: "view";
                                /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                name: string;
                                /** @description http(s) URL or a site-relative path such as /a/<slug> (≤1024 bytes) */
                                url: string;
                            } | {
                                /** @enum {string} */
                                type: "article_id";
                                /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                name: string;
                                /** @description Slug of one of the account's publications (/a/<slug>) */
                                article_id: string;
                            } | {
                                /** @enum {string} */
                                type: "service";
                                /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                name: string;
                                service: "conversation" | "hotlines" | "articles";
                            })[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/services/hotlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's service hotlines (public) 公众号便民电话 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description e.g. 政务服务便民热线 */
                                name: string;
                                /** @description as dialled, e.g. 12345 or 0376-6221234 */
                                phone: string;
                                /** @description free text, e.g. 24小时; empty when not given */
                                hours: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/services/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's publications, newest first, without marking anything read (public) 公众号文章列表 */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                slug: string;
                                seq: number;
                                accountId: number;
                                accountName: string;
                                title: string;
                                summary: string;
                                coverUrl: string | null;
                                /** @description epoch ms */
                                publishedAt: number;
                                /** @description /a/<slug> */
                                url: string;
                                /** @description The content signature (docs/SIGNING.md) */
                                signature?: {
                                    /** @description 10-character verification code (Crockford base32) */
                                    code: string;
                                    keyId: string;
                                    /** @enum {string} */
                                    algorithm: "Ed25519";
                                    /** @description base64url signature over the canonical payload (docs/SIGNING.md) */
                                    value: string;
                                    /** @description epoch ms */
                                    signedAt: number;
                                    /** @description /v/<code>: the verification page */
                                    url: string;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/menus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's default and conditional menus 自定义菜单（含个性化菜单） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            default: {
                                button: ({
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    sub_button: ({
                                        /** @enum {string} */
                                        type: "click";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        /** @description Event key sent to the account (≤128 bytes) */
                                        key: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "view";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        /** @description http(s) URL or a site-relative path such as /a/<slug> (≤1024 bytes) */
                                        url: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "article_id";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        /** @description Slug of one of the account's publications (/a/<slug>) */
                                        article_id: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "service";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        service: "conversation" | "hotlines" | "articles";
                                    })[];
                                } | {
                                    /** @enum {string} */
                                    type: "click";
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    /** @description Event key sent to the account (≤128 bytes) */
                                    key: string;
                                } | {
                                    /** @enum {string} */
                                    type: "view";
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    /** @description http(s) URL or a site-relative path such as /a/<slug> (≤1024 bytes) */
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "article_id";
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    /** @description Slug of one of the account's publications (/a/<slug>) */
                                    article_id: string;
                                } | {
                                    /** @enum {string} */
                                    type: "service";
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    service: "conversation" | "hotlines" | "articles";
                                })[];
                            };
                            /** @description match order: the first variant a citizen matches wins */
                            variants: {
                                id: number;
                                /** @description shown to staff only; 1–30 characters */
                                name: string;
                                match: {
                                    /** @description a follower tag of the account */
                                    tagId: number | null;
                                    /** @description citizens whose region code starts with it ("4115" = Xinyang); a region code is accepted and shortened */
                                    regionPrefix: string | null;
                                };
                                menu: {
                                    button: ({
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        sub_button: ({
                                            /** @enum {string} */
                                            type: "click";
                                            /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                            name: string;
                                            /** @description Event key sent to the account (≤128 bytes) */
                                            key: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "view";
                                            /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                            name: string;
                                            /** @description http(s) URL or a site-relative path such as /a/<slug> (≤1024 bytes) */
                                            url: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "article_id";
                                            /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                            name: string;
                                            /** @description Slug of one of the account's publications (/a/<slug>) */
                                            article_id: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "service";
                                            /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                            name: string;
                                            service: "conversation" | "hotlines" | "articles";
                                        })[];
                                    } | {
                                        /** @enum {string} */
                                        type: "click";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        /** @description Event key sent to the account (≤128 bytes) */
                                        key: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "view";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        /** @description http(s) URL or a site-relative path such as /a/<slug> (≤1024 bytes) */
                                        url: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "article_id";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        /** @description Slug of one of the account's publications (/a/<slug>) */
                                        article_id: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "service";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        service: "conversation" | "hotlines" | "articles";
                                    })[];
                                };
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace the default and conditional menus in one go (all checked first; MENU_INVALID names each fault) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Menu; `{button: []}` = no menu (only without variants) */
                        default: unknown;
                        /** @description MenuVariant without `id` for a new one; listed order = match order */
                        variants: unknown[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            default: {
                                button: ({
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    sub_button: ({
                                        /** @enum {string} */
                                        type: "click";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        /** @description Event key sent to the account (≤128 bytes) */
                                        key: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "view";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        /** @description http(s) URL or a site-relative path such as /a/<slug> (≤1024 bytes) */
                                        url: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "article_id";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        /** @description Slug of one of the account's publications (/a/<slug>) */
                                        article_id: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "service";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        service: "conversation" | "hotlines" | "articles";
                                    })[];
                                } | {
                                    /** @enum {string} */
                                    type: "click";
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    /** @description Event key sent to the account (≤128 bytes) */
                                    key: string;
                                } | {
                                    /** @enum {string} */
                                    type: "view";
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    /** @description http(s) URL or a site-relative path such as /a/<slug> (≤1024 bytes) */
                                    url: string;
                                } | {
                                    /** @enum {string} */
                                    type: "article_id";
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    /** @description Slug of one of the account's publications (/a/<slug>) */
                                    article_id: string;
                                } | {
                                    /** @enum {string} */
                                    type: "service";
                                    /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                    name: string;
                                    service: "conversation" | "hotlines" | "articles";
                                })[];
                            };
                            /** @description match order: the first variant a citizen matches wins */
                            variants: {
                                id: number;
                                /** @description shown to staff only; 1–30 characters */
                                name: string;
                                match: {
                                    /** @description a follower tag of the account */
                                    tagId: number | null;
                                    /** @description citizens whose region code starts with it ("4115" = Xinyang); a region code is accepted and shortened */
                                    regionPrefix: string | null;
                                };
                                menu: {
                                    button: ({
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        sub_button: ({
                                            /** @enum {string} */
                                            type: "click";
                                            /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                            name: string;
                                            /** @description Event key sent to the account (≤128 bytes) */
                                            key: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "view";
                                            /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                            name: string;
                                            /** @description http(s) URL or a site-relative path such as /a/<slug> (≤1024 bytes) */
                                            url: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "article_id";
                                            /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                            name: string;
                                            /** @description Slug of one of the account's publications (/a/<slug>) */
                                            article_id: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "service";
                                            /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                            name: string;
                                            service: "conversation" | "hotlines" | "articles";
                                        })[];
                                    } | {
                                        /** @enum {string} */
                                        type: "click";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        /** @description Event key sent to the account (≤128 bytes) */
                                        key: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "view";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        /** @description http(s) URL or a site-relative path such as /a/<slug> (≤1024 bytes) */
                                        url: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "article_id";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        /** @description Slug of one of the account's publications (/a/<slug>) */
                                        article_id: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "service";
                                        /** @description Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu */
                                        name: string;
                                        service: "conversation" | "hotlines" | "articles";
                                    })[];
                                };
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/hotlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's hotlines, for editing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description e.g. 政务服务便民热线 */
                                name: string;
                                /** @description as dialled, e.g. 12345 or 0376-6221234 */
                                phone: string;
                                /** @description free text, e.g. 24小时; empty when not given */
                                hours: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace an account's hotlines (display order as listed) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            phone: string;
                            hours: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description e.g. 政务服务便民热线 */
                                name: string;
                                /** @description as dialled, e.g. 12345 or 0376-6221234 */
                                phone: string;
                                /** @description free text, e.g. 24小时; empty when not given */
                                hours: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's follower tags, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                /** @description current followers carrying the tag */
                                followers: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a follower tag (at most 100 per account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1–30 characters, unique */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @description current followers carrying the tag */
                            followers: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a follower tag */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    tagId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1–30 characters, unique */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @description current followers carrying the tag */
                            followers: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a follower tag (409 TAG_IN_USE while a conditional menu matches on it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    tagId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/tags/{tagId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tag followers by openid (all must be current followers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    tagId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        openids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @description current followers carrying the tag */
                            followers: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/tags/{tagId}/members/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Untag followers by openid */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    tagId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        openids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @description current followers carrying the tag */
                            followers: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/follower-tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tags of some followers (e.g. one page of the follower list) */
        get: {
            parameters: {
                query: {
                    /** @description repeat: ?openid=a&openid=b */
                    openid: string[];
                };
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                openid: string;
                                tagIds: number[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/region": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in citizen's home region 我的地区 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regionCode: string | null;
                            /** @description province first, down to the region itself */
                            path: {
                                code: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Set or clear the signed-in citizen's home region (per-region menus match on it) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a GB/T 2260 code from /api/regions, or null to clear */
                        regionCode: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regionCode: string | null;
                            /** @description province first, down to the region itself */
                            path: {
                                code: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log of an account, newest first 操作日志 */
        get: {
            parameters: {
                query: {
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    limit: number;
                    /** @description An exact action code, or a category prefix ending in a dot (article.) */
                    action?: string;
                };
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** @description Epoch milliseconds */
                                at: number;
                                actorKind: "staff" | "citizen" | "system";
                                /** @description The staff member who acted; null for the system and for citizens */
                                actor: {
                                    id: number;
                                    username: string;
                                    displayName: string;
                                } | null;
                                /** @description Stable code, e.g. account.profile_updated, article.publish */
                                action: string;
                                /** @description e.g. article:12, staff:3 */
                                target: string | null;
                                /** @description What the action recorded; account.profile_updated: {changes: {field: {from, to}}} */
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the hash chain of the whole audit log 校验日志完整性 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            intact: boolean;
                            /** @description The first entry whose hash does not verify; null when intact */
                            firstBrokenId: number | null;
                            /** @description Entries checked */
                            entries: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/autoreplies/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Keyword rules of an account, in precedence order 关键词回复规则 */
        get: {
            parameters: {
                query?: {
                    /** @description searches rule names and keywords */
                    q?: string;
                    page?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                priority: number;
                                /** @description all: send every reply; random: send one of them */
                                mode: "all" | "random";
                                enabled: boolean;
                                keywords: {
                                    keyword: string;
                                    /** @description exact: the whole message; contains: anywhere in it; regex: a JavaScript regular expression */
                                    matchType: "exact" | "contains" | "regex";
                                }[];
                                replies: ({
                                    /** @enum {string} */
                                    kind: "text";
                                    text: string;
                                } | {
                                    /** @enum {string} */
                                    kind: "image";
                                    /** @description an image of the account (POST …/media) */
                                    mediaId: number;
                                    url: string | null;
                                } | {
                                    /** @enum {string} */
                                    kind: "articles";
                                    /** @description publications of the account, shown as cards in this order */
                                    publicationIds: number[];
                                    articles: {
                                        id: number;
                                        title: string;
                                        url: string;
                                    }[];
                                } | {
                                    /** @enum {string} */
                                    kind: "link";
                                    title: string;
                                    /** @description a site path such as /accounts/<handle>/hotlines, or an http(s) URL */
                                    url: string;
                                })[];
                                createdAt: number;
                                updatedAt: number;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a keyword rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * @description higher answers first
                         * @default 0
                         */
                        priority?: number;
                        /** @description all: send every reply; random: send one of them */
                        mode?: "all" | "random";
                        /** @default true */
                        enabled?: boolean;
                        /** @description at most 200 (AUTOREPLY_TOO_MANY_KEYWORDS) */
                        keywords: {
                            /** @description at most 60 characters (AUTOREPLY_KEYWORD_TOO_LONG) */
                            keyword: string;
                            /** @description exact: the whole message; contains: anywhere in it; regex: a JavaScript regular expression */
                            matchType: "exact" | "contains" | "regex";
                        }[];
                        replies: ({
                            /** @enum {string} */
                            kind: "text";
                            text: string;
                        } | {
                            /** @enum {string} */
                            kind: "image";
                            /** @description an image of the account (POST …/media) */
                            mediaId: number;
                        } | {
                            /** @enum {string} */
                            kind: "articles";
                            /** @description publications of the account, shown as cards in this order */
                            publicationIds: number[];
                        } | {
                            /** @enum {string} */
                            kind: "link";
                            title: string;
                            /** @description a site path such as /accounts/<handle>/hotlines, or an http(s) URL */
                            url: string;
                        })[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            priority: number;
                            /** @description all: send every reply; random: send one of them */
                            mode: "all" | "random";
                            enabled: boolean;
                            keywords: {
                                keyword: string;
                                /** @description exact: the whole message; contains: anywhere in it; regex: a JavaScript regular expression */
                                matchType: "exact" | "contains" | "regex";
                            }[];
                            replies: ({
                                /** @enum {string} */
                                kind: "text";
                                text: string;
                            } | {
                                /** @enum {string} */
                                kind: "image";
                                /** @description an image of the account (POST …/media) */
                                mediaId: number;
                                url: string | null;
                            } | {
                                /** @enum {string} */
                                kind: "articles";
                                /** @description publications of the account, shown as cards in this order */
                                publicationIds: number[];
                                articles: {
                                    id: number;
                                    title: string;
                                    url: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "link";
                                title: string;
                                /** @description a site path such as /accounts/<handle>/hotlines, or an http(s) URL */
                                url: string;
                            })[];
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/autoreplies/rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One keyword rule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    ruleId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            priority: number;
                            /** @description all: send every reply; random: send one of them */
                            mode: "all" | "random";
                            enabled: boolean;
                            keywords: {
                                keyword: string;
                                /** @description exact: the whole message; contains: anywhere in it; regex: a JavaScript regular expression */
                                matchType: "exact" | "contains" | "regex";
                            }[];
                            replies: ({
                                /** @enum {string} */
                                kind: "text";
                                text: string;
                            } | {
                                /** @enum {string} */
                                kind: "image";
                                /** @description an image of the account (POST …/media) */
                                mediaId: number;
                                url: string | null;
                            } | {
                                /** @enum {string} */
                                kind: "articles";
                                /** @description publications of the account, shown as cards in this order */
                                publicationIds: number[];
                                articles: {
                                    id: number;
                                    title: string;
                                    url: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "link";
                                title: string;
                                /** @description a site path such as /accounts/<handle>/hotlines, or an http(s) URL */
                                url: string;
                            })[];
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        /** Replace a keyword rule */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    ruleId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * @description higher answers first
                         * @default 0
                         */
                        priority?: number;
                        /** @description all: send every reply; random: send one of them */
                        mode?: "all" | "random";
                        /** @default true */
                        enabled?: boolean;
                        /** @description at most 200 (AUTOREPLY_TOO_MANY_KEYWORDS) */
                        keywords: {
                            /** @description at most 60 characters (AUTOREPLY_KEYWORD_TOO_LONG) */
                            keyword: string;
                            /** @description exact: the whole message; contains: anywhere in it; regex: a JavaScript regular expression */
                            matchType: "exact" | "contains" | "regex";
                        }[];
                        replies: ({
                            /** @enum {string} */
                            kind: "text";
                            text: string;
                        } | {
                            /** @enum {string} */
                            kind: "image";
                            /** @description an image of the account (POST …/media) */
                            mediaId: number;
                        } | {
                            /** @enum {string} */
                            kind: "articles";
                            /** @description publications of the account, shown as cards in this order */
                            publicationIds: number[];
                        } | {
                            /** @enum {string} */
                            kind: "link";
                            title: string;
                            /** @description a site path such as /accounts/<handle>/hotlines, or an http(s) URL */
                            url: string;
                        })[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            priority: number;
                            /** @description all: send every reply; random: send one of them */
                            mode: "all" | "random";
                            enabled: boolean;
                            keywords: {
                                keyword: string;
                                /** @description exact: the whole message; contains: anywhere in it; regex: a JavaScript regular expression */
                                matchType: "exact" | "contains" | "regex";
                            }[];
                            replies: ({
                                /** @enum {string} */
                                kind: "text";
                                text: string;
                            } | {
                                /** @enum {string} */
                                kind: "image";
                                /** @description an image of the account (POST …/media) */
                                mediaId: number;
                                url: string | null;
                            } | {
                                /** @enum {string} */
                                kind: "articles";
                                /** @description publications of the account, shown as cards in this order */
                                publicationIds: number[];
                                articles: {
                                    id: number;
                                    title: string;
                                    url: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "link";
                                title: string;
                                /** @description a site path such as /accounts/<handle>/hotlines, or an http(s) URL */
                                url: string;
                            })[];
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a keyword rule (204) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    ruleId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/autoreplies/greeting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The on-follow greeting 被关注回复 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            /** @description all: send every reply; random: send one of them */
                            mode: "all" | "random";
                            replies: ({
                                /** @enum {string} */
                                kind: "text";
                                text: string;
                            } | {
                                /** @enum {string} */
                                kind: "image";
                                /** @description an image of the account (POST …/media) */
                                mediaId: number;
                                url: string | null;
                            } | {
                                /** @enum {string} */
                                kind: "articles";
                                /** @description publications of the account, shown as cards in this order */
                                publicationIds: number[];
                                articles: {
                                    id: number;
                                    title: string;
                                    url: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "link";
                                title: string;
                                /** @description a site path such as /accounts/<handle>/hotlines, or an http(s) URL */
                                url: string;
                            })[];
                        };
                    };
                };
            };
        };
        /** Set the on-follow greeting 被关注回复 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled: boolean;
                        /** @description all: send every reply; random: send one of them */
                        mode?: "all" | "random";
                        /** @description may be empty when disabled */
                        replies: ({
                            /** @enum {string} */
                            kind: "text";
                            text: string;
                        } | {
                            /** @enum {string} */
                            kind: "image";
                            /** @description an image of the account (POST …/media) */
                            mediaId: number;
                        } | {
                            /** @enum {string} */
                            kind: "articles";
                            /** @description publications of the account, shown as cards in this order */
                            publicationIds: number[];
                        } | {
                            /** @enum {string} */
                            kind: "link";
                            title: string;
                            /** @description a site path such as /accounts/<handle>/hotlines, or an http(s) URL */
                            url: string;
                        })[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            /** @description all: send every reply; random: send one of them */
                            mode: "all" | "random";
                            replies: ({
                                /** @enum {string} */
                                kind: "text";
                                text: string;
                            } | {
                                /** @enum {string} */
                                kind: "image";
                                /** @description an image of the account (POST …/media) */
                                mediaId: number;
                                url: string | null;
                            } | {
                                /** @enum {string} */
                                kind: "articles";
                                /** @description publications of the account, shown as cards in this order */
                                publicationIds: number[];
                                articles: {
                                    id: number;
                                    title: string;
                                    url: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "link";
                                title: string;
                                /** @description a site path such as /accounts/<handle>/hotlines, or an http(s) URL */
                                url: string;
                            })[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/autoreplies/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The default reply when no rule matches 收到消息回复 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            /** @description all: send every reply; random: send one of them */
                            mode: "all" | "random";
                            replies: ({
                                /** @enum {string} */
                                kind: "text";
                                text: string;
                            } | {
                                /** @enum {string} */
                                kind: "image";
                                /** @description an image of the account (POST …/media) */
                                mediaId: number;
                                url: string | null;
                            } | {
                                /** @enum {string} */
                                kind: "articles";
                                /** @description publications of the account, shown as cards in this order */
                                publicationIds: number[];
                                articles: {
                                    id: number;
                                    title: string;
                                    url: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "link";
                                title: string;
                                /** @description a site path such as /accounts/<handle>/hotlines, or an http(s) URL */
                                url: string;
                            })[];
                        };
                    };
                };
            };
        };
        /** Set the default reply when no rule matches 收到消息回复 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled: boolean;
                        /** @description all: send every reply; random: send one of them */
                        mode?: "all" | "random";
                        /** @description may be empty when disabled */
                        replies: ({
                            /** @enum {string} */
                            kind: "text";
                            text: string;
                        } | {
                            /** @enum {string} */
                            kind: "image";
                            /** @description an image of the account (POST …/media) */
                            mediaId: number;
                        } | {
                            /** @enum {string} */
                            kind: "articles";
                            /** @description publications of the account, shown as cards in this order */
                            publicationIds: number[];
                        } | {
                            /** @enum {string} */
                            kind: "link";
                            title: string;
                            /** @description a site path such as /accounts/<handle>/hotlines, or an http(s) URL */
                            url: string;
                        })[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            /** @description all: send every reply; random: send one of them */
                            mode: "all" | "random";
                            replies: ({
                                /** @enum {string} */
                                kind: "text";
                                text: string;
                            } | {
                                /** @enum {string} */
                                kind: "image";
                                /** @description an image of the account (POST …/media) */
                                mediaId: number;
                                url: string | null;
                            } | {
                                /** @enum {string} */
                                kind: "articles";
                                /** @description publications of the account, shown as cards in this order */
                                publicationIds: number[];
                                articles: {
                                    id: number;
                                    title: string;
                                    url: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "link";
                                title: string;
                                /** @description a site path such as /accounts/<handle>/hotlines, or an http(s) URL */
                                url: string;
                            })[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/autoreplies/try": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Which rule answers a sample message, and why 试一试 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    } | {
                        /** @description a menu click key */
                        key: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description none: no rule matched and there is no default reply */
                            reason: "keyword" | "default" | "none";
                            rule: {
                                id: number;
                                name: string;
                            } | null;
                            matched: {
                                keyword: string;
                                /** @description exact: the whole message; contains: anywhere in it; regex: a JavaScript regular expression */
                                matchType: "exact" | "contains" | "regex";
                                /** @description [start, end) in the text as sent (UTF-16 units) */
                                at?: [
                                    number,
                                    number
                                ];
                            } | null;
                            /** @description the message after folding: what the keywords are compared with */
                            folded: string;
                            /** @description the other rules that matched, in precedence order */
                            candidates: {
                                rule: {
                                    id: number;
                                    name: string;
                                };
                                priority: number;
                                keyword: string;
                                /** @description exact: the whole message; contains: anywhere in it; regex: a JavaScript regular expression */
                                matchType: "exact" | "contains" | "regex";
                                /** @description [start, end) in the text as sent (UTF-16 units) */
                                at?: [
                                    number,
                                    number
                                ];
                                /** @description weakerMatch: same priority, exact > contains > regex; newerRule: all equal, the older rule wins */
                                lostBecause: "lowerPriority" | "weakerMatch" | "newerRule";
                            }[];
                            messages: ({
                                /** @enum {string} */
                                kind: "text";
                                text: string;
                            } | {
                                /** @enum {string} */
                                kind: "image";
                                url: string;
                                mime: string;
                            } | {
                                /** @enum {string} */
                                kind: "articles";
                                articles: {
                                    title: string;
                                    summary: string;
                                    coverUrl: string | null;
                                    url: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "link";
                                title: string;
                                url: string;
                            })[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/messaging-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's first-response policy (defaults when never saved) 消息回复时限设置 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description First-response target in minutes (5 min to 30 days); working minutes when workingHoursOnly */
                            firstResponseMinutes: number;
                            /** @description Count only working time (nights, rest days and holidays stop the clock) */
                            workingHoursOnly: boolean;
                            workingHours: {
                                /** @description ISO weekdays, 1 = Monday … 7 = Sunday */
                                days: number[];
                                /** @description Beijing time, 'HH:MM' (00:00–23:59) */
                                start: string;
                                /** @description 'HH:MM', after start */
                                end: string;
                            };
                            /** @description Warn this many minutes before the deadline (fewer than firstResponseMinutes; 0 = at the deadline) */
                            warnBeforeMinutes: number;
                        };
                    };
                };
            };
        };
        /** Replace an account's first-response policy; applies to clocks started afterwards 修改回复时限设置 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description First-response target in minutes (5 min to 30 days); working minutes when workingHoursOnly */
                        firstResponseMinutes: number;
                        /** @description Count only working time (nights, rest days and holidays stop the clock) */
                        workingHoursOnly: boolean;
                        workingHours: {
                            /** @description ISO weekdays, 1 = Monday … 7 = Sunday */
                            days: number[];
                            /** @description Beijing time, 'HH:MM' (00:00–23:59) */
                            start: string;
                            /** @description 'HH:MM', after start */
                            end: string;
                        };
                        /** @description Warn this many minutes before the deadline (fewer than firstResponseMinutes; 0 = at the deadline) */
                        warnBeforeMinutes: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description First-response target in minutes (5 min to 30 days); working minutes when workingHoursOnly */
                            firstResponseMinutes: number;
                            /** @description Count only working time (nights, rest days and holidays stop the clock) */
                            workingHoursOnly: boolean;
                            workingHours: {
                                /** @description ISO weekdays, 1 = Monday … 7 = Sunday */
                                days: number[];
                                /** @description Beijing time, 'HH:MM' (00:00–23:59) */
                                start: string;
                                /** @description 'HH:MM', after start */
                                end: string;
                            };
                            /** @description Warn this many minutes before the deadline (fewer than firstResponseMinutes; 0 = at the deadline) */
                            warnBeforeMinutes: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff user's notifications, newest first 我的通知 */
        get: {
            parameters: {
                query: {
                    /** @description 1: unread only */
                    unread?: "1" | "0";
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    limit: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                accountId: number | null;
                                kind: "clock.warning" | "clock.breached" | "conversation.assigned" | "conversation.transferred" | "review.awaiting" | "review.approved" | "review.rejected" | "account.suspended" | "account.reinstated" | "verification.submitted" | "verification.changes_requested" | "verification.approved" | "verification.rejected" | "verification.expiring" | "verification.lapsed" | "name_hold.approved" | "name_hold.rejected" | "case.warning" | "case.breached" | "case.escalated" | "case.transferred" | "case.assist" | "case.received" | "case.reopened";
                                title: {
                                    zh: string;
                                    en: string;
                                };
                                body: {
                                    zh: string;
                                    en: string;
                                };
                                /** @description Console path to open */
                                link: string | null;
                                /** @description epoch ms */
                                createdAt: number;
                                /** @description epoch ms; null while unread */
                                readAt: number | null;
                            }[];
                            /** @description The user's unread notifications in total (the bell's badge) */
                            unread: number;
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark own notifications read (these ids, or all) 标记通知已读 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Notifications to mark; none: all of them */
                        ids?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/conversation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The citizen's messages with an account, oldest first 与公众号的消息 */
        get: {
            parameters: {
                query: {
                    /** @description A message id: older messages only */
                    before?: number;
                    limit: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                conversationId: number;
                                /** @description The account that sent it, or that it was sent to */
                                accountId: number;
                                sender: "citizen" | "staff" | "auto" | "system";
                                senderName: string | null;
                                kind: "text" | "image" | "voice" | "location" | "articles" | "link" | "event";
                                /** @description text: the text; event: the menu key; link: the caption */
                                text: string | null;
                                media: {
                                    url: string;
                                    mime: string;
                                    durationMs: number | null;
                                } | null;
                                location: {
                                    lat: number;
                                    lng: number;
                                    label: string;
                                } | null;
                                articles: {
                                    title: string;
                                    summary: string;
                                    coverUrl: string | null;
                                    url: string;
                                }[] | null;
                                link: {
                                    title: string;
                                    url: string;
                                } | null;
                                clientId: string | null;
                                /** @description epoch ms */
                                createdAt: number;
                                /** @description when the other side read it; null while unread */
                                readAt: number | null;
                            }[];
                            /** @description pass as `before` */
                            nextCursor: string | null;
                            conversation: {
                                id: number;
                                status: "open" | "closed";
                                /** @description "Expected reply by"; null when answered or closed */
                                expectedReplyBy: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a message to an account (idempotent per clientId) 发送消息 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client-generated id (8–64 of A–Z a–z 0–9 _ -): the same id again answers the first result */
                        clientId: string;
                        /** @enum {string} */
                        kind: "text";
                        /** @description 1–2,000 characters */
                        text: string;
                    } | {
                        /** @description Client-generated id (8–64 of A–Z a–z 0–9 _ -): the same id again answers the first result */
                        clientId: string;
                        /** @enum {string} */
                        kind: "image";
                        mediaId: number;
                    } | {
                        /** @description Client-generated id (8–64 of A–Z a–z 0–9 _ -): the same id again answers the first result */
                        clientId: string;
                        /** @enum {string} */
                        kind: "voice";
                        mediaId: number;
                        /** @description ≤ 60,000 */
                        durationMs?: number;
                    } | {
                        /** @description Client-generated id (8–64 of A–Z a–z 0–9 _ -): the same id again answers the first result */
                        clientId: string;
                        /** @enum {string} */
                        kind: "location";
                        lat: number;
                        lng: number;
                        label?: string;
                    } | {
                        /** @description Client-generated id (8–64 of A–Z a–z 0–9 _ -): the same id again answers the first result */
                        clientId: string;
                        /** @enum {string} */
                        kind: "event";
                        /** @description The menu button key */
                        key: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null for menu clicks (events) */
                            message: {
                                id: number;
                                conversationId: number;
                                /** @description The account that sent it, or that it was sent to */
                                accountId: number;
                                sender: "citizen" | "staff" | "auto" | "system";
                                senderName: string | null;
                                kind: "text" | "image" | "voice" | "location" | "articles" | "link" | "event";
                                /** @description text: the text; event: the menu key; link: the caption */
                                text: string | null;
                                media: {
                                    url: string;
                                    mime: string;
                                    durationMs: number | null;
                                } | null;
                                location: {
                                    lat: number;
                                    lng: number;
                                    label: string;
                                } | null;
                                articles: {
                                    title: string;
                                    summary: string;
                                    coverUrl: string | null;
                                    url: string;
                                }[] | null;
                                link: {
                                    title: string;
                                    url: string;
                                } | null;
                                clientId: string | null;
                                /** @description epoch ms */
                                createdAt: number;
                                /** @description when the other side read it; null while unread */
                                readAt: number | null;
                            } | null;
                            replies: {
                                id: number;
                                conversationId: number;
                                /** @description The account that sent it, or that it was sent to */
                                accountId: number;
                                sender: "citizen" | "staff" | "auto" | "system";
                                senderName: string | null;
                                kind: "text" | "image" | "voice" | "location" | "articles" | "link" | "event";
                                /** @description text: the text; event: the menu key; link: the caption */
                                text: string | null;
                                media: {
                                    url: string;
                                    mime: string;
                                    durationMs: number | null;
                                } | null;
                                location: {
                                    lat: number;
                                    lng: number;
                                    label: string;
                                } | null;
                                articles: {
                                    title: string;
                                    summary: string;
                                    coverUrl: string | null;
                                    url: string;
                                }[] | null;
                                link: {
                                    title: string;
                                    url: string;
                                } | null;
                                clientId: string | null;
                                /** @description epoch ms */
                                createdAt: number;
                                /** @description when the other side read it; null while unread */
                                readAt: number | null;
                            }[];
                            conversation: {
                                id: number;
                                status: "open" | "closed";
                                /** @description "Expected reply by"; null when answered or closed */
                                expectedReplyBy: number | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/messages/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an image (JPEG/PNG/GIF/WebP ≤ 5 MB) or voice (WebM/Ogg/MP4/MPEG/AAC ≤ 2 MB) for a message, multipart field "file" */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mediaId: number;
                            url: string;
                            mime: string;
                            size: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/conversation/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read receipt: the citizen read the account's messages up to upToId 已读回执 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        upToId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/media/{mediaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A citizen's image or voice recording (the citizen, or staff of an account holding it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    mediaId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's conversations by filter, newest activity first, with counts 会话列表 */
        get: {
            parameters: {
                query: {
                    /** @description all = every open conversation; closed = the closed ones */
                    filter: "all" | "unassigned" | "mine" | "waiting" | "overdue" | "closed";
                    /** @description Searches message text */
                    q?: string;
                    cursor?: string;
                    limit: number;
                };
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                accountId: number;
                                /** @description The citizen's pseudonym on this account */
                                openid: string;
                                status: "open" | "closed";
                                assignee: {
                                    id: number;
                                    name: string;
                                } | null;
                                /** @description The citizen wrote last and no staff reply has followed */
                                waiting: boolean;
                                lastMessage: {
                                    sender: "citizen" | "staff" | "auto" | "system";
                                    kind: "text" | "image" | "voice" | "location" | "articles" | "link" | "event";
                                    preview: string;
                                    at: number;
                                } | null;
                                /** @description First-response deadline; null once answered or closed */
                                dueAt: number | null;
                                firstRespondedAt: number | null;
                                overdue: boolean;
                                /** @description Citizen messages the staff have not read */
                                unread: number;
                                transferredFrom: {
                                    accountId: number;
                                    accountName: string;
                                } | null;
                                createdAt: number;
                                updatedAt: number;
                            }[];
                            nextCursor: string | null;
                            counts: {
                                unassigned: number;
                                mine: number;
                                waiting: number;
                                overdue: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One conversation: its inbox row, latest messages (oldest first) and internal notes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversation: {
                                id: number;
                                accountId: number;
                                /** @description The citizen's pseudonym on this account */
                                openid: string;
                                status: "open" | "closed";
                                assignee: {
                                    id: number;
                                    name: string;
                                } | null;
                                /** @description The citizen wrote last and no staff reply has followed */
                                waiting: boolean;
                                lastMessage: {
                                    sender: "citizen" | "staff" | "auto" | "system";
                                    kind: "text" | "image" | "voice" | "location" | "articles" | "link" | "event";
                                    preview: string;
                                    at: number;
                                } | null;
                                /** @description First-response deadline; null once answered or closed */
                                dueAt: number | null;
                                firstRespondedAt: number | null;
                                overdue: boolean;
                                /** @description Citizen messages the staff have not read */
                                unread: number;
                                transferredFrom: {
                                    accountId: number;
                                    accountName: string;
                                } | null;
                                createdAt: number;
                                updatedAt: number;
                            };
                            messages: {
                                id: number;
                                conversationId: number;
                                /** @description The account that sent it, or that it was sent to */
                                accountId: number;
                                sender: "citizen" | "staff" | "auto" | "system";
                                senderName: string | null;
                                kind: "text" | "image" | "voice" | "location" | "articles" | "link" | "event";
                                /** @description text: the text; event: the menu key; link: the caption */
                                text: string | null;
                                media: {
                                    url: string;
                                    mime: string;
                                    durationMs: number | null;
                                } | null;
                                location: {
                                    lat: number;
                                    lng: number;
                                    label: string;
                                } | null;
                                articles: {
                                    title: string;
                                    summary: string;
                                    coverUrl: string | null;
                                    url: string;
                                }[] | null;
                                link: {
                                    title: string;
                                    url: string;
                                } | null;
                                clientId: string | null;
                                /** @description epoch ms */
                                createdAt: number;
                                /** @description when the other side read it; null while unread */
                                readAt: number | null;
                            }[];
                            notes: {
                                id: number;
                                authorId: number;
                                authorName: string;
                                text: string;
                                createdAt: number;
                            }[];
                            hasOlder: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Older messages of a conversation, oldest first */
        get: {
            parameters: {
                query: {
                    before?: number;
                    limit: number;
                };
                header?: never;
                path: {
                    conversationId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                conversationId: number;
                                /** @description The account that sent it, or that it was sent to */
                                accountId: number;
                                sender: "citizen" | "staff" | "auto" | "system";
                                senderName: string | null;
                                kind: "text" | "image" | "voice" | "location" | "articles" | "link" | "event";
                                /** @description text: the text; event: the menu key; link: the caption */
                                text: string | null;
                                media: {
                                    url: string;
                                    mime: string;
                                    durationMs: number | null;
                                } | null;
                                location: {
                                    lat: number;
                                    lng: number;
                                    label: string;
                                } | null;
                                articles: {
                                    title: string;
                                    summary: string;
                                    coverUrl: string | null;
                                    url: string;
                                }[] | null;
                                link: {
                                    title: string;
                                    url: string;
                                } | null;
                                clientId: string | null;
                                /** @description epoch ms */
                                createdAt: number;
                                /** @description when the other side read it; null while unread */
                                readAt: number | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Reply in a conversation (idempotent per clientId); stops the response clock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Client-generated id (8–64 of A–Z a–z 0–9 _ -): the same id again answers the first result */
                        clientId: string;
                        /** @enum {string} */
                        kind: "text";
                        /** @description 1–2,000 characters */
                        text: string;
                    } | {
                        /** @description Client-generated id (8–64 of A–Z a–z 0–9 _ -): the same id again answers the first result */
                        clientId: string;
                        /** @enum {string} */
                        kind: "image";
                        mediaId: number;
                    } | {
                        /** @description Client-generated id (8–64 of A–Z a–z 0–9 _ -): the same id again answers the first result */
                        clientId: string;
                        /** @enum {string} */
                        kind: "articles";
                        publicationIds: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            conversationId: number;
                            /** @description The account that sent it, or that it was sent to */
                            accountId: number;
                            sender: "citizen" | "staff" | "auto" | "system";
                            senderName: string | null;
                            kind: "text" | "image" | "voice" | "location" | "articles" | "link" | "event";
                            /** @description text: the text; event: the menu key; link: the caption */
                            text: string | null;
                            media: {
                                url: string;
                                mime: string;
                                durationMs: number | null;
                            } | null;
                            location: {
                                lat: number;
                                lng: number;
                                label: string;
                            } | null;
                            articles: {
                                title: string;
                                summary: string;
                                coverUrl: string | null;
                                url: string;
                            }[] | null;
                            link: {
                                title: string;
                                url: string;
                            } | null;
                            clientId: string | null;
                            /** @description epoch ms */
                            createdAt: number;
                            /** @description when the other side read it; null while unread */
                            readAt: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/conversations/{conversationId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an internal note (staff only, never shown to the citizen) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            authorId: number;
                            authorName: string;
                            text: string;
                            createdAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/conversations/{conversationId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign to an admin or responder of the account (null: unassign) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            /** @description The citizen's pseudonym on this account */
                            openid: string;
                            status: "open" | "closed";
                            assignee: {
                                id: number;
                                name: string;
                            } | null;
                            /** @description The citizen wrote last and no staff reply has followed */
                            waiting: boolean;
                            lastMessage: {
                                sender: "citizen" | "staff" | "auto" | "system";
                                kind: "text" | "image" | "voice" | "location" | "articles" | "link" | "event";
                                preview: string;
                                at: number;
                            } | null;
                            /** @description First-response deadline; null once answered or closed */
                            dueAt: number | null;
                            firstRespondedAt: number | null;
                            overdue: boolean;
                            /** @description Citizen messages the staff have not read */
                            unread: number;
                            transferredFrom: {
                                accountId: number;
                                accountName: string;
                            } | null;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/conversations/{conversationId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a conversation (cancels its response clock) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            /** @description The citizen's pseudonym on this account */
                            openid: string;
                            status: "open" | "closed";
                            assignee: {
                                id: number;
                                name: string;
                            } | null;
                            /** @description The citizen wrote last and no staff reply has followed */
                            waiting: boolean;
                            lastMessage: {
                                sender: "citizen" | "staff" | "auto" | "system";
                                kind: "text" | "image" | "voice" | "location" | "articles" | "link" | "event";
                                preview: string;
                                at: number;
                            } | null;
                            /** @description First-response deadline; null once answered or closed */
                            dueAt: number | null;
                            firstRespondedAt: number | null;
                            overdue: boolean;
                            /** @description Citizen messages the staff have not read */
                            unread: number;
                            transferredFrom: {
                                accountId: number;
                                accountName: string;
                            } | null;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/conversations/{conversationId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed conversation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            /** @description The citizen's pseudonym on this account */
                            openid: string;
                            status: "open" | "closed";
                            assignee: {
                                id: number;
                                name: string;
                            } | null;
                            /** @description The citizen wrote last and no staff reply has followed */
                            waiting: boolean;
                            lastMessage: {
                                sender: "citizen" | "staff" | "auto" | "system";
                                kind: "text" | "image" | "voice" | "location" | "articles" | "link" | "event";
                                preview: string;
                                at: number;
                            } | null;
                            /** @description First-response deadline; null once answered or closed */
                            dueAt: number | null;
                            firstRespondedAt: number | null;
                            overdue: boolean;
                            /** @description Citizen messages the staff have not read */
                            unread: number;
                            transferredFrom: {
                                accountId: number;
                                accountName: string;
                            } | null;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/conversations/{conversationId}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer to another account: history, clock and access travel with it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        toAccountId: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            /** @description The citizen's pseudonym on this account */
                            openid: string;
                            status: "open" | "closed";
                            assignee: {
                                id: number;
                                name: string;
                            } | null;
                            /** @description The citizen wrote last and no staff reply has followed */
                            waiting: boolean;
                            lastMessage: {
                                sender: "citizen" | "staff" | "auto" | "system";
                                kind: "text" | "image" | "voice" | "location" | "articles" | "link" | "event";
                                preview: string;
                                at: number;
                            } | null;
                            /** @description First-response deadline; null once answered or closed */
                            dueAt: number | null;
                            firstRespondedAt: number | null;
                            overdue: boolean;
                            /** @description Citizen messages the staff have not read */
                            unread: number;
                            transferredFrom: {
                                accountId: number;
                                accountName: string;
                            } | null;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/conversations/{conversationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read receipt: the staff read the citizen's messages up to upToId */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conversationId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        upToId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/canned-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's canned replies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                title: string;
                                text: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a canned reply (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            title: string;
                            text: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/canned-replies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a canned reply (admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            title: string;
                            text: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a canned reply (admins) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publications/{slug}/engagement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article's reads, likes, useful share and the reader's own answers (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reads: number;
                            likes: number;
                            /** @description the signed-in citizen likes it (false when signed out) */
                            liked: boolean;
                            useful: number;
                            notUseful: number;
                            /** @description useful / (useful + not useful), rounded; null before any answer */
                            usefulPercent: number | null;
                            feedback: ("useful" | "not_useful") | (never | null);
                            /** @description published comments */
                            comments: number;
                            shares: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publications/{slug}/like": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Like or unlike an article (citizen) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        liked: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reads: number;
                            likes: number;
                            /** @description the signed-in citizen likes it (false when signed out) */
                            liked: boolean;
                            useful: number;
                            notUseful: number;
                            /** @description useful / (useful + not useful), rounded; null before any answer */
                            usefulPercent: number | null;
                            feedback: ("useful" | "not_useful") | (never | null);
                            /** @description published comments */
                            comments: number;
                            shares: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publications/{slug}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Answer 有用 / 没用 (useful / not useful), change it, or take it back with null (citizen) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        value: ("useful" | "not_useful") | (never | null);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reads: number;
                            likes: number;
                            /** @description the signed-in citizen likes it (false when signed out) */
                            liked: boolean;
                            useful: number;
                            notUseful: number;
                            /** @description useful / (useful + not useful), rounded; null before any answer */
                            usefulPercent: number | null;
                            feedback: ("useful" | "not_useful") | (never | null);
                            /** @description published comments */
                            comments: number;
                            shares: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publications/{slug}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a share link carrying the account's attribution (public) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/publications/{slug}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article's comments: featured first, with official replies; the reader's own held ones too */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                body: string;
                                author: string;
                                createdAt: number;
                                featured: boolean;
                                held: boolean;
                                mine: boolean;
                                reply: {
                                    body: string;
                                    at: number;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Comment on an article (citizen); held for review unless the account publishes at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            body: string;
                            author: string;
                            createdAt: number;
                            featured: boolean;
                            held: boolean;
                            mine: boolean;
                            reply: {
                                body: string;
                                at: number;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/engagement/read-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reads by hour of the Beijing day and the suggested hours to push */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: number[];
                            total: number;
                            suggested: number[];
                            basis: "reads" | "default";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/engagement/articles/{articleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article's engagement figures over its releases */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articleId: number;
                            /** @description releases of the article counted here */
                            publications: number;
                            /** @description signed-in reads (one per citizen per day) */
                            reads: number;
                            anonymousReads: number;
                            likes: number;
                            shares: number;
                            shareOpens: number;
                            useful: number;
                            notUseful: number;
                            usefulPercent: number | null;
                            /** @description published */
                            comments: number;
                            heldComments: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/engagement/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Engagement figures of several articles at once (the article list) */
        get: {
            parameters: {
                query: {
                    /** @description article ids, comma-separated (up to 100) */
                    ids: string;
                };
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                articleId: number;
                                /** @description releases of the article counted here */
                                publications: number;
                                /** @description signed-in reads (one per citizen per day) */
                                reads: number;
                                anonymousReads: number;
                                likes: number;
                                shares: number;
                                shareOpens: number;
                                useful: number;
                                notUseful: number;
                                usefulPercent: number | null;
                                /** @description published */
                                comments: number;
                                heldComments: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/engagement/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's engagement settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            autoPublishComments: boolean;
                        };
                    };
                };
            };
        };
        /** Change the engagement settings (publish comments without review or hold them) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        autoPublishComments: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            autoPublishComments: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's comments by tab (held, published, featured, deleted), newest first */
        get: {
            parameters: {
                query?: {
                    tab?: "held" | "published" | "featured" | "deleted";
                    publicationId?: number;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                publicationId: number;
                                publicationTitle: string;
                                publicationSlug: string;
                                openid: string;
                                body: string;
                                status: "held" | "published" | "deleted";
                                featured: boolean;
                                reply: {
                                    body: string;
                                    at: number;
                                } | null;
                                deleteReason: string | null;
                                createdAt: number;
                                moderatedAt: number | null;
                            }[];
                            nextBefore: number | null;
                            counts: {
                                held: number;
                                published: number;
                                featured: number;
                                deleted: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/comments/{commentId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a held comment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    commentId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            publicationId: number;
                            publicationTitle: string;
                            publicationSlug: string;
                            openid: string;
                            body: string;
                            status: "held" | "published" | "deleted";
                            featured: boolean;
                            reply: {
                                body: string;
                                at: number;
                            } | null;
                            deleteReason: string | null;
                            createdAt: number;
                            moderatedAt: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/comments/{commentId}/featured": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Pin a published comment on top (featured) or unpin it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    commentId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        featured: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            publicationId: number;
                            publicationTitle: string;
                            publicationSlug: string;
                            openid: string;
                            body: string;
                            status: "held" | "published" | "deleted";
                            featured: boolean;
                            reply: {
                                body: string;
                                at: number;
                            } | null;
                            deleteReason: string | null;
                            createdAt: number;
                            moderatedAt: number | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/comments/{commentId}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the account's official reply under a comment (replaces an earlier one) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    commentId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            publicationId: number;
                            publicationTitle: string;
                            publicationSlug: string;
                            openid: string;
                            body: string;
                            status: "held" | "published" | "deleted";
                            featured: boolean;
                            reply: {
                                body: string;
                                at: number;
                            } | null;
                            deleteReason: string | null;
                            createdAt: number;
                            moderatedAt: number | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/comments/{commentId}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a comment with a reason (it disappears for readers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    commentId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            publicationId: number;
                            publicationTitle: string;
                            publicationSlug: string;
                            openid: string;
                            body: string;
                            status: "held" | "published" | "deleted";
                            featured: boolean;
                            reply: {
                                body: string;
                                at: number;
                            } | null;
                            deleteReason: string | null;
                            createdAt: number;
                            moderatedAt: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/pushes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's pushes, newest first */
        get: {
            parameters: {
                query: {
                    limit: number;
                    before?: number;
                };
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                accountId: number;
                                status: "scheduled" | "sending" | "sent" | "cancelled";
                                targeted: number | null;
                                webpush: {
                                    total: number;
                                    sent: number;
                                    failed: number;
                                    gone: number;
                                };
                                articleIds: number[];
                                audience: {
                                    /** @enum {string} */
                                    kind: "all";
                                } | {
                                    /** @enum {string} */
                                    kind: "tags";
                                    tagIds: number[];
                                } | {
                                    /** @enum {string} */
                                    kind: "region";
                                    /** @description GB/T 2260 code or prefix (2, 4 or 6 digits) */
                                    region: string;
                                };
                                scheduledAt: number | null;
                                createdAt: number;
                                createdBy: number;
                                sentAt: number | null;
                                finishedAt: number | null;
                                cancelledAt: number | null;
                            }[];
                            nextBefore: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Push 1–8 approved articles to all followers, tagged followers or a region, now or at a time */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        articleIds: number[];
                        audience: {
                            /** @enum {string} */
                            kind: "all";
                        } | {
                            /** @enum {string} */
                            kind: "tags";
                            tagIds: number[];
                        } | {
                            /** @enum {string} */
                            kind: "region";
                            /** @description GB/T 2260 code or prefix (2, 4 or 6 digits) */
                            region: string;
                        };
                        scheduledAt?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            push: {
                                id: number;
                                accountId: number;
                                status: "scheduled" | "sending" | "sent" | "cancelled";
                                targeted: number | null;
                                webpush: {
                                    total: number;
                                    sent: number;
                                    failed: number;
                                    gone: number;
                                };
                                articleIds: number[];
                                audience: {
                                    /** @enum {string} */
                                    kind: "all";
                                } | {
                                    /** @enum {string} */
                                    kind: "tags";
                                    tagIds: number[];
                                } | {
                                    /** @enum {string} */
                                    kind: "region";
                                    /** @description GB/T 2260 code or prefix (2, 4 or 6 digits) */
                                    region: string;
                                };
                                scheduledAt: number | null;
                                createdAt: number;
                                createdBy: number;
                                sentAt: number | null;
                                finishedAt: number | null;
                                cancelledAt: number | null;
                            };
                            publications: {
                                id: number;
                                slug: string;
                                seq: number;
                                accountId: number;
                                accountName: string;
                                title: string;
                                summary: string;
                                coverUrl: string | null;
                                /** @description epoch ms */
                                publishedAt: number;
                                /** @description /a/<slug> */
                                url: string;
                                /** @description The content signature (docs/SIGNING.md) */
                                signature?: {
                                    /** @description 10-character verification code (Crockford base32) */
                                    code: string;
                                    keyId: string;
                                    /** @enum {string} */
                                    algorithm: "Ed25519";
                                    /** @description base64url signature over the canonical payload (docs/SIGNING.md) */
                                    value: string;
                                    /** @description epoch ms */
                                    signedAt: number;
                                    /** @description /v/<code>: the verification page */
                                    url: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/pushes/quota": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's push quota of the account (Beijing day) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Beijing calendar day, YYYY-MM-DD */
                            day: string;
                            perDay: number;
                            used: number;
                            remaining: number;
                            /** @description epoch ms of the next Beijing midnight */
                            resetsAt: number;
                        };
                    };
                };
            };
        };
        /** Set the pushes per Beijing day of an account (platform admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        perDay: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Beijing calendar day, YYYY-MM-DD */
                            day: string;
                            perDay: number;
                            used: number;
                            remaining: number;
                            /** @description epoch ms of the next Beijing midnight */
                            resetsAt: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/pushes/{pushId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One push with its delivery report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    pushId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            status: "scheduled" | "sending" | "sent" | "cancelled";
                            targeted: number | null;
                            webpush: {
                                total: number;
                                sent: number;
                                failed: number;
                                gone: number;
                            };
                            articleIds: number[];
                            audience: {
                                /** @enum {string} */
                                kind: "all";
                            } | {
                                /** @enum {string} */
                                kind: "tags";
                                tagIds: number[];
                            } | {
                                /** @enum {string} */
                                kind: "region";
                                /** @description GB/T 2260 code or prefix (2, 4 or 6 digits) */
                                region: string;
                            };
                            scheduledAt: number | null;
                            createdAt: number;
                            createdBy: number;
                            sentAt: number | null;
                            finishedAt: number | null;
                            cancelledAt: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a scheduled push to another time */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    pushId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        scheduledAt: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            status: "scheduled" | "sending" | "sent" | "cancelled";
                            targeted: number | null;
                            webpush: {
                                total: number;
                                sent: number;
                                failed: number;
                                gone: number;
                            };
                            articleIds: number[];
                            audience: {
                                /** @enum {string} */
                                kind: "all";
                            } | {
                                /** @enum {string} */
                                kind: "tags";
                                tagIds: number[];
                            } | {
                                /** @enum {string} */
                                kind: "region";
                                /** @description GB/T 2260 code or prefix (2, 4 or 6 digits) */
                                region: string;
                            };
                            scheduledAt: number | null;
                            createdAt: number;
                            createdBy: number;
                            sentAt: number | null;
                            finishedAt: number | null;
                            cancelledAt: number | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/console/accounts/{accountId}/pushes/{pushId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled push (its articles return to approved) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    pushId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            status: "scheduled" | "sending" | "sent" | "cancelled";
                            targeted: number | null;
                            webpush: {
                                total: number;
                                sent: number;
                                failed: number;
                                gone: number;
                            };
                            articleIds: number[];
                            audience: {
                                /** @enum {string} */
                                kind: "all";
                            } | {
                                /** @enum {string} */
                                kind: "tags";
                                tagIds: number[];
                            } | {
                                /** @enum {string} */
                                kind: "region";
                                /** @description GB/T 2260 code or prefix (2, 4 or 6 digits) */
                                region: string;
                            };
                            scheduledAt: number | null;
                            createdAt: number;
                            createdBy: number;
                            sentAt: number | null;
                            finishedAt: number | null;
                            cancelledAt: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push/vapid-public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platform's VAPID public key (applicationServerKey for PushManager.subscribe) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            publicKey: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/push-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in citizen's devices that receive new-article notifications */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                device: string;
                                /** @description origin of the push service */
                                service: string;
                                createdAt: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save this device's push subscription (PushSubscription.toJSON()) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endpoint: string;
                        keys: {
                            p256dh: string;
                            auth: string;
                        };
                        device?: string;
                        expirationTime?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            device: string;
                            /** @description origin of the push service */
                            service: string;
                            createdAt: number;
                        };
                    };
                };
            };
        };
        /** Remove this device's push subscription */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endpoint: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/articles/{articleId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article's review: chain, pending step, what the viewer may do, history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articleId: number;
                            status: "draft" | "in_review" | "rejected" | "approved" | "scheduled" | "published" | "withdrawn";
                            tier: number;
                            version: number;
                            /** @description the tier's chain as configured now */
                            chain: string[];
                            pending: {
                                id: number;
                                kind: "release" | "correction";
                                version: number;
                                /** @description the chain as it was at submission */
                                chain: string[];
                                /** @description index into chain of the approval awaited */
                                step: number;
                                role: string | null;
                                submittedBy: number | null;
                                submittedByName: string | null;
                                submittedAt: number;
                                /** @description the viewer submitted or last edited it (two-person rule) */
                                ownWork: boolean;
                            } | null;
                            correction: {
                                version: number;
                                title: string;
                                author: string;
                                summary: string;
                                bodyHtml: string;
                                coverMediaId: number | null;
                                pending: boolean;
                            } | null;
                            lastRejection: {
                                comment: string | null;
                                actorName: string | null;
                                at: number;
                            } | null;
                            publication: {
                                slug: string;
                                withdrawnAt: number | null;
                                revisedAt: number | null;
                            } | null;
                            actions: {
                                submit: boolean;
                                approve: boolean;
                                reject: boolean;
                                withdrawSubmission: boolean;
                                correct: boolean;
                                withdrawPublication: boolean;
                            };
                            timeline: {
                                kind: "submitted" | "resubmitted" | "corrected" | "approved" | "rejected" | "withdrawn" | "superseded";
                                at: number;
                                actorId: number | null;
                                actorName: string | null;
                                version: number;
                                submissionId: number;
                                step: number | null;
                                role: string | null;
                                comment: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/articles/{articleId}/review/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft (or resubmit a rejected article) for review; screened first */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articleId: number;
                            status: "draft" | "in_review" | "rejected" | "approved" | "scheduled" | "published" | "withdrawn";
                            tier: number;
                            version: number;
                            /** @description the tier's chain as configured now */
                            chain: string[];
                            pending: {
                                id: number;
                                kind: "release" | "correction";
                                version: number;
                                /** @description the chain as it was at submission */
                                chain: string[];
                                /** @description index into chain of the approval awaited */
                                step: number;
                                role: string | null;
                                submittedBy: number | null;
                                submittedByName: string | null;
                                submittedAt: number;
                                /** @description the viewer submitted or last edited it (two-person rule) */
                                ownWork: boolean;
                            } | null;
                            correction: {
                                version: number;
                                title: string;
                                author: string;
                                summary: string;
                                bodyHtml: string;
                                coverMediaId: number | null;
                                pending: boolean;
                            } | null;
                            lastRejection: {
                                comment: string | null;
                                actorName: string | null;
                                at: number;
                            } | null;
                            publication: {
                                slug: string;
                                withdrawnAt: number | null;
                                revisedAt: number | null;
                            } | null;
                            actions: {
                                submit: boolean;
                                approve: boolean;
                                reject: boolean;
                                withdrawSubmission: boolean;
                                correct: boolean;
                                withdrawPublication: boolean;
                            };
                            timeline: {
                                kind: "submitted" | "resubmitted" | "corrected" | "approved" | "rejected" | "withdrawn" | "superseded";
                                at: number;
                                actorId: number | null;
                                actorName: string | null;
                                version: number;
                                submissionId: number;
                                step: number | null;
                                role: string | null;
                                comment: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/articles/{articleId}/review/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the current step (not your own submission: REVIEW_SELF_APPROVAL) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /** @description the step you saw; stale → REVIEW_NOT_PENDING */
                        step?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articleId: number;
                            status: "draft" | "in_review" | "rejected" | "approved" | "scheduled" | "published" | "withdrawn";
                            tier: number;
                            version: number;
                            /** @description the tier's chain as configured now */
                            chain: string[];
                            pending: {
                                id: number;
                                kind: "release" | "correction";
                                version: number;
                                /** @description the chain as it was at submission */
                                chain: string[];
                                /** @description index into chain of the approval awaited */
                                step: number;
                                role: string | null;
                                submittedBy: number | null;
                                submittedByName: string | null;
                                submittedAt: number;
                                /** @description the viewer submitted or last edited it (two-person rule) */
                                ownWork: boolean;
                            } | null;
                            correction: {
                                version: number;
                                title: string;
                                author: string;
                                summary: string;
                                bodyHtml: string;
                                coverMediaId: number | null;
                                pending: boolean;
                            } | null;
                            lastRejection: {
                                comment: string | null;
                                actorName: string | null;
                                at: number;
                            } | null;
                            publication: {
                                slug: string;
                                withdrawnAt: number | null;
                                revisedAt: number | null;
                            } | null;
                            actions: {
                                submit: boolean;
                                approve: boolean;
                                reject: boolean;
                                withdrawSubmission: boolean;
                                correct: boolean;
                                withdrawPublication: boolean;
                            };
                            timeline: {
                                kind: "submitted" | "resubmitted" | "corrected" | "approved" | "rejected" | "withdrawn" | "superseded";
                                at: number;
                                actorId: number | null;
                                actorName: string | null;
                                version: number;
                                submissionId: number;
                                step: number | null;
                                role: string | null;
                                comment: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/articles/{articleId}/review/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject the current step with a comment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
                        /** @description the step you saw; stale → REVIEW_NOT_PENDING */
                        step?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articleId: number;
                            status: "draft" | "in_review" | "rejected" | "approved" | "scheduled" | "published" | "withdrawn";
                            tier: number;
                            version: number;
                            /** @description the tier's chain as configured now */
                            chain: string[];
                            pending: {
                                id: number;
                                kind: "release" | "correction";
                                version: number;
                                /** @description the chain as it was at submission */
                                chain: string[];
                                /** @description index into chain of the approval awaited */
                                step: number;
                                role: string | null;
                                submittedBy: number | null;
                                submittedByName: string | null;
                                submittedAt: number;
                                /** @description the viewer submitted or last edited it (two-person rule) */
                                ownWork: boolean;
                            } | null;
                            correction: {
                                version: number;
                                title: string;
                                author: string;
                                summary: string;
                                bodyHtml: string;
                                coverMediaId: number | null;
                                pending: boolean;
                            } | null;
                            lastRejection: {
                                comment: string | null;
                                actorName: string | null;
                                at: number;
                            } | null;
                            publication: {
                                slug: string;
                                withdrawnAt: number | null;
                                revisedAt: number | null;
                            } | null;
                            actions: {
                                submit: boolean;
                                approve: boolean;
                                reject: boolean;
                                withdrawSubmission: boolean;
                                correct: boolean;
                                withdrawPublication: boolean;
                            };
                            timeline: {
                                kind: "submitted" | "resubmitted" | "corrected" | "approved" | "rejected" | "withdrawn" | "superseded";
                                at: number;
                                actorId: number | null;
                                actorName: string | null;
                                version: number;
                                submissionId: number;
                                step: number | null;
                                role: string | null;
                                comment: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/articles/{articleId}/review/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a pending submission back */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articleId: number;
                            status: "draft" | "in_review" | "rejected" | "approved" | "scheduled" | "published" | "withdrawn";
                            tier: number;
                            version: number;
                            /** @description the tier's chain as configured now */
                            chain: string[];
                            pending: {
                                id: number;
                                kind: "release" | "correction";
                                version: number;
                                /** @description the chain as it was at submission */
                                chain: string[];
                                /** @description index into chain of the approval awaited */
                                step: number;
                                role: string | null;
                                submittedBy: number | null;
                                submittedByName: string | null;
                                submittedAt: number;
                                /** @description the viewer submitted or last edited it (two-person rule) */
                                ownWork: boolean;
                            } | null;
                            correction: {
                                version: number;
                                title: string;
                                author: string;
                                summary: string;
                                bodyHtml: string;
                                coverMediaId: number | null;
                                pending: boolean;
                            } | null;
                            lastRejection: {
                                comment: string | null;
                                actorName: string | null;
                                at: number;
                            } | null;
                            publication: {
                                slug: string;
                                withdrawnAt: number | null;
                                revisedAt: number | null;
                            } | null;
                            actions: {
                                submit: boolean;
                                approve: boolean;
                                reject: boolean;
                                withdrawSubmission: boolean;
                                correct: boolean;
                                withdrawPublication: boolean;
                            };
                            timeline: {
                                kind: "submitted" | "resubmitted" | "corrected" | "approved" | "rejected" | "withdrawn" | "superseded";
                                at: number;
                                actorId: number | null;
                                actorName: string | null;
                                version: number;
                                submissionId: number;
                                step: number | null;
                                role: string | null;
                                comment: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/articles/{articleId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Edit a published article: the correction goes through the tier’s chain */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        author?: string;
                        summary?: string;
                        bodyHtml?: string;
                        coverMediaId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articleId: number;
                            status: "draft" | "in_review" | "rejected" | "approved" | "scheduled" | "published" | "withdrawn";
                            tier: number;
                            version: number;
                            /** @description the tier's chain as configured now */
                            chain: string[];
                            pending: {
                                id: number;
                                kind: "release" | "correction";
                                version: number;
                                /** @description the chain as it was at submission */
                                chain: string[];
                                /** @description index into chain of the approval awaited */
                                step: number;
                                role: string | null;
                                submittedBy: number | null;
                                submittedByName: string | null;
                                submittedAt: number;
                                /** @description the viewer submitted or last edited it (two-person rule) */
                                ownWork: boolean;
                            } | null;
                            correction: {
                                version: number;
                                title: string;
                                author: string;
                                summary: string;
                                bodyHtml: string;
                                coverMediaId: number | null;
                                pending: boolean;
                            } | null;
                            lastRejection: {
                                comment: string | null;
                                actorName: string | null;
                                at: number;
                            } | null;
                            publication: {
                                slug: string;
                                withdrawnAt: number | null;
                                revisedAt: number | null;
                            } | null;
                            actions: {
                                submit: boolean;
                                approve: boolean;
                                reject: boolean;
                                withdrawSubmission: boolean;
                                correct: boolean;
                                withdrawPublication: boolean;
                            };
                            timeline: {
                                kind: "submitted" | "resubmitted" | "corrected" | "approved" | "rejected" | "withdrawn" | "superseded";
                                at: number;
                                actorId: number | null;
                                actorName: string | null;
                                version: number;
                                submissionId: number;
                                step: number | null;
                                role: string | null;
                                comment: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/articles/{articleId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a published article (its page then shows a withdrawal notice) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articleId: number;
                            status: "draft" | "in_review" | "rejected" | "approved" | "scheduled" | "published" | "withdrawn";
                            tier: number;
                            version: number;
                            /** @description the tier's chain as configured now */
                            chain: string[];
                            pending: {
                                id: number;
                                kind: "release" | "correction";
                                version: number;
                                /** @description the chain as it was at submission */
                                chain: string[];
                                /** @description index into chain of the approval awaited */
                                step: number;
                                role: string | null;
                                submittedBy: number | null;
                                submittedByName: string | null;
                                submittedAt: number;
                                /** @description the viewer submitted or last edited it (two-person rule) */
                                ownWork: boolean;
                            } | null;
                            correction: {
                                version: number;
                                title: string;
                                author: string;
                                summary: string;
                                bodyHtml: string;
                                coverMediaId: number | null;
                                pending: boolean;
                            } | null;
                            lastRejection: {
                                comment: string | null;
                                actorName: string | null;
                                at: number;
                            } | null;
                            publication: {
                                slug: string;
                                withdrawnAt: number | null;
                                revisedAt: number | null;
                            } | null;
                            actions: {
                                submit: boolean;
                                approve: boolean;
                                reject: boolean;
                                withdrawSubmission: boolean;
                                correct: boolean;
                                withdrawPublication: boolean;
                            };
                            timeline: {
                                kind: "submitted" | "resubmitted" | "corrected" | "approved" | "rejected" | "withdrawn" | "superseded";
                                at: number;
                                actorId: number | null;
                                actorName: string | null;
                                version: number;
                                submissionId: number;
                                step: number | null;
                                role: string | null;
                                comment: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/articles/{articleId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article's saved versions, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                version: number;
                                kind: "draft" | "correction";
                                title: string;
                                tier: number;
                                createdBy: number | null;
                                createdByName: string | null;
                                createdAt: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/articles/{articleId}/versions/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two versions (character-level diff of title, summary, body text) */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
                };
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: number;
                            to: number;
                            changed: string[];
                            title: {
                                value: string;
                                added?: boolean;
                                removed?: boolean;
                            }[];
                            summary: {
                                value: string;
                                added?: boolean;
                                removed?: boolean;
                            }[];
                            body: {
                                value: string;
                                added?: boolean;
                                removed?: boolean;
                            }[];
                            tier: {
                                from: number | null;
                                to: number | null;
                            };
                            author: {
                                from: string | null;
                                to: string | null;
                            };
                            coverMediaId: {
                                from: number | null;
                                to: number | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/articles/{articleId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One saved version of an article */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    articleId: number;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            kind: "draft" | "correction";
                            title: string;
                            tier: number;
                            createdBy: number | null;
                            createdByName: string | null;
                            createdAt: number;
                            author: string;
                            summary: string;
                            bodyHtml: string;
                            coverMediaId: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/review-chains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's approval chain per tier (defaults filled in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chains: {
                                1: ("reviewer" | "leader" | "admin" | "editor")[];
                                2: ("reviewer" | "leader" | "admin" | "editor")[];
                                3: ("reviewer" | "leader" | "admin" | "editor")[];
                            };
                            defaults: {
                                1: ("reviewer" | "leader" | "admin" | "editor")[];
                                2: ("reviewer" | "leader" | "admin" | "editor")[];
                                3: ("reviewer" | "leader" | "admin" | "editor")[];
                            };
                        };
                    };
                };
            };
        };
        /** Set an account's approval chains (admins); tiers not given keep theirs */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        chains: {
                            1?: ("reviewer" | "leader" | "admin" | "editor")[];
                            2?: ("reviewer" | "leader" | "admin" | "editor")[];
                            3?: ("reviewer" | "leader" | "admin" | "editor")[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chains: {
                                1: ("reviewer" | "leader" | "admin" | "editor")[];
                                2: ("reviewer" | "leader" | "admin" | "editor")[];
                                3: ("reviewer" | "leader" | "admin" | "editor")[];
                            };
                            defaults: {
                                1: ("reviewer" | "leader" | "admin" | "editor")[];
                                2: ("reviewer" | "leader" | "admin" | "editor")[];
                                3: ("reviewer" | "leader" | "admin" | "editor")[];
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Articles awaiting a step this viewer may decide (待我审核) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                articleId: number;
                                submissionId: number;
                                kind: "release" | "correction";
                                title: string;
                                tier: number;
                                status: "draft" | "in_review" | "rejected" | "approved" | "scheduled" | "published" | "withdrawn";
                                version: number;
                                step: number;
                                chain: string[];
                                role: string;
                                submittedByName: string | null;
                                submittedAt: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/screening/words": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Words of the platform dictionary 平台敏感词库 */
        get: {
            parameters: {
                query?: {
                    /** @description searches words (as typed and folded) and notes */
                    q?: string;
                    /** @description block: content with the word cannot be submitted or released; warn: shown, not stopped */
                    level?: "block" | "warn";
                    page?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                word: string;
                                /** @description the folded form that is matched */
                                normalized: string;
                                /** @description block: content with the word cannot be submitted or released; warn: shown, not stopped */
                                level: "block" | "warn";
                                note: string;
                                createdAt: number;
                                updatedAt: number;
                            }[];
                            total: number;
                            counts: {
                                block: number;
                                warn: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a word to the platform dictionary 平台敏感词库 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1 to 30 characters that do not all fold away (SCREENING_WORD_INVALID) */
                        word: string;
                        /** @description block: content with the word cannot be submitted or released; warn: shown, not stopped */
                        level: "block" | "warn";
                        /** @description a category or reason */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            word: string;
                            /** @description the folded form that is matched */
                            normalized: string;
                            /** @description block: content with the word cannot be submitted or released; warn: shown, not stopped */
                            level: "block" | "warn";
                            note: string;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/screening/words/{wordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a word (platform dictionary 平台敏感词库) (204) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    wordId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a word's level or note (platform dictionary 平台敏感词库) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    wordId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description block: content with the word cannot be submitted or released; warn: shown, not stopped */
                        level?: "block" | "warn";
                        /** @description a category or reason */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            word: string;
                            /** @description the folded form that is matched */
                            normalized: string;
                            /** @description block: content with the word cannot be submitted or released; warn: shown, not stopped */
                            level: "block" | "warn";
                            note: string;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/console/screening/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import words into the platform dictionary 平台敏感词库: all or nothing
         * @description Bad lines answer SCREENING_IMPORT_INVALID with details.errors = [{line, reason, text}] (reason: empty | too_long | bad_level | bad_csv | too_many_fields) and details.errorCount; nothing is written.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description text: one word per line, optionally followed by a tab and block|warn; csv: word,level,note (header optional) */
                        format: "text" | "csv";
                        /** @description at most 100,000 lines */
                        content: string;
                        /**
                         * @description merge: add new words and update the level/note of listed ones; replace: the list becomes exactly the import
                         * @default merge
                         */
                        mode?: "merge" | "replace";
                        /**
                         * @description level of a line that names none
                         * @default block
                         */
                        defaultLevel?: "block" | "warn";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            updated: number;
                            unchanged: number;
                            /** @description replace mode: words no longer listed */
                            removed: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/screening/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the platform dictionary 平台敏感词库 as text (word<TAB>level) or CSV (word,level,note) */
        get: {
            parameters: {
                query?: {
                    /** @description text: one word per line, optionally followed by a tab and block|warn; csv: word,level,note (header optional) */
                    format?: "text" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/screening/words": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Words of the account list 公众号敏感词 */
        get: {
            parameters: {
                query?: {
                    /** @description searches words (as typed and folded) and notes */
                    q?: string;
                    /** @description block: content with the word cannot be submitted or released; warn: shown, not stopped */
                    level?: "block" | "warn";
                    page?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                word: string;
                                /** @description the folded form that is matched */
                                normalized: string;
                                /** @description block: content with the word cannot be submitted or released; warn: shown, not stopped */
                                level: "block" | "warn";
                                note: string;
                                createdAt: number;
                                updatedAt: number;
                            }[];
                            total: number;
                            counts: {
                                block: number;
                                warn: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a word to the account list 公众号敏感词 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1 to 30 characters that do not all fold away (SCREENING_WORD_INVALID) */
                        word: string;
                        /** @description block: content with the word cannot be submitted or released; warn: shown, not stopped */
                        level: "block" | "warn";
                        /** @description a category or reason */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            word: string;
                            /** @description the folded form that is matched */
                            normalized: string;
                            /** @description block: content with the word cannot be submitted or released; warn: shown, not stopped */
                            level: "block" | "warn";
                            note: string;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/screening/words/{wordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a word (account list 公众号敏感词) (204) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    wordId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a word's level or note (account list 公众号敏感词) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    wordId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description block: content with the word cannot be submitted or released; warn: shown, not stopped */
                        level?: "block" | "warn";
                        /** @description a category or reason */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            word: string;
                            /** @description the folded form that is matched */
                            normalized: string;
                            /** @description block: content with the word cannot be submitted or released; warn: shown, not stopped */
                            level: "block" | "warn";
                            note: string;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/console/accounts/{accountId}/screening/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import words into the account list 公众号敏感词: all or nothing
         * @description Bad lines answer SCREENING_IMPORT_INVALID with details.errors = [{line, reason, text}] (reason: empty | too_long | bad_level | bad_csv | too_many_fields) and details.errorCount; nothing is written.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description text: one word per line, optionally followed by a tab and block|warn; csv: word,level,note (header optional) */
                        format: "text" | "csv";
                        /** @description at most 100,000 lines */
                        content: string;
                        /**
                         * @description merge: add new words and update the level/note of listed ones; replace: the list becomes exactly the import
                         * @default merge
                         */
                        mode?: "merge" | "replace";
                        /**
                         * @description level of a line that names none
                         * @default block
                         */
                        defaultLevel?: "block" | "warn";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            updated: number;
                            unchanged: number;
                            /** @description replace mode: words no longer listed */
                            removed: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/screening/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the account list 公众号敏感词 as text (word<TAB>level) or CSV (word,level,note) */
        get: {
            parameters: {
                query?: {
                    /** @description text: one word per line, optionally followed by a tab and block|warn; csv: word,level,note (header optional) */
                    format?: "text" | "csv";
                };
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/screening/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Screen an article's title, summary and body: every hit, for the editor's highlighting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        summary: string;
                        bodyHtml: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hits: {
                                /** @description the dictionary word (folded form) */
                                word: string;
                                /** @description block: content with the word cannot be submitted or released; warn: shown, not stopped */
                                level: "block" | "warn";
                                field: "title" | "summary" | "body";
                                /** @description the original text that matched, separators and all */
                                text: string;
                                /** @description offset of text in the field's plain text (UTF-16 units) */
                                index: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's verification: the badge, the open application and the history 账号认证 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            verification: {
                                verified: boolean;
                                verifiedName: string | null;
                                verifiedAt: number | null;
                                verifiedUntil: number | null;
                                daysLeft: number;
                                creditCode: string | null;
                            };
                            nextKind: "initial" | "renewal" | "rename";
                            open: {
                                id: number;
                                accountId: number;
                                kind: "initial" | "renewal" | "rename";
                                status: "pending" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                                requestedName: string;
                                creditCode: string;
                                letter: {
                                    id: number;
                                    name: string | null;
                                    mime: string;
                                    size: number;
                                    url: string;
                                    createdAt: number;
                                } | null;
                                operatorName: string;
                                operatorPhone: string;
                                createdAt: number;
                                updatedAt: number;
                                submittedAt: number;
                                decidedAt: number | null;
                                events: {
                                    at: number;
                                    action: "submitted" | "resubmitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                                    actor: string | null;
                                    comment: string;
                                }[];
                            } | null;
                            history: {
                                id: number;
                                accountId: number;
                                kind: "initial" | "renewal" | "rename";
                                status: "pending" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                                requestedName: string;
                                creditCode: string;
                                letter: {
                                    id: number;
                                    name: string | null;
                                    mime: string;
                                    size: number;
                                    url: string;
                                    createdAt: number;
                                } | null;
                                operatorName: string;
                                operatorPhone: string;
                                createdAt: number;
                                updatedAt: number;
                                submittedAt: number;
                                decidedAt: number | null;
                                events: {
                                    at: number;
                                    action: "submitted" | "resubmitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                                    actor: string | null;
                                    comment: string;
                                }[];
                            }[];
                            verifyUrl: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Apply for verification or its renewal (account admins) 提交认证申请 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        requestedName: string;
                        creditCode: string;
                        letterId: number;
                        operatorName: string;
                        operatorPhone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            kind: "initial" | "renewal" | "rename";
                            status: "pending" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                            requestedName: string;
                            creditCode: string;
                            letter: {
                                id: number;
                                name: string | null;
                                mime: string;
                                size: number;
                                url: string;
                                createdAt: number;
                            } | null;
                            operatorName: string;
                            operatorPhone: string;
                            createdAt: number;
                            updatedAt: number;
                            submittedAt: number;
                            decidedAt: number | null;
                            events: {
                                at: number;
                                action: "submitted" | "resubmitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                                actor: string | null;
                                comment: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/verification/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload the authorisation letter (multipart field "file"; PDF, JPEG or PNG; ≤ 10 MB) 上传授权书 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string | null;
                            mime: string;
                            size: number;
                            url: string;
                            createdAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/verification/letters/{letterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An authorisation letter's file: the account's staff and platform admins only */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    letterId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/verification/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Edit an open application; after "changes requested" this resubmits it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    applicationId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        requestedName: string;
                        creditCode: string;
                        letterId: number;
                        operatorName: string;
                        operatorPhone: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            kind: "initial" | "renewal" | "rename";
                            status: "pending" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                            requestedName: string;
                            creditCode: string;
                            letter: {
                                id: number;
                                name: string | null;
                                mime: string;
                                size: number;
                                url: string;
                                createdAt: number;
                            } | null;
                            operatorName: string;
                            operatorPhone: string;
                            createdAt: number;
                            updatedAt: number;
                            submittedAt: number;
                            decidedAt: number | null;
                            events: {
                                at: number;
                                action: "submitted" | "resubmitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                                actor: string | null;
                                comment: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/verification/{applicationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an open application */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    applicationId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            kind: "initial" | "renewal" | "rename";
                            status: "pending" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                            requestedName: string;
                            creditCode: string;
                            letter: {
                                id: number;
                                name: string | null;
                                mime: string;
                                size: number;
                                url: string;
                                createdAt: number;
                            } | null;
                            operatorName: string;
                            operatorPhone: string;
                            createdAt: number;
                            updatedAt: number;
                            submittedAt: number;
                            decidedAt: number | null;
                            events: {
                                at: number;
                                action: "submitted" | "resubmitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                                actor: string | null;
                                comment: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/verification/qrcode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The "verify this account" QR code for posters and service halls (SVG or PNG) 认证核验二维码 */
        get: {
            parameters: {
                query: {
                    format: "svg" | "png";
                    /** @description 1: answer as an attachment */
                    download?: number;
                };
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The QR code image */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": string;
                        "image/png": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/verification-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verification applications, waiting ones first (platform admins) 认证审核 */
        get: {
            parameters: {
                query: {
                    status?: "pending" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                    limit: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                accountId: number;
                                handle: string;
                                accountName: string;
                                accountVerified: boolean;
                                kind: "initial" | "renewal" | "rename";
                                status: "pending" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                                requestedName: string;
                                creditCode: string;
                                submittedAt: number;
                                decidedAt: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/verification-review/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application with its account, letter and history (platform admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                id: number;
                                accountId: number;
                                kind: "initial" | "renewal" | "rename";
                                status: "pending" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                                requestedName: string;
                                creditCode: string;
                                letter: {
                                    id: number;
                                    name: string | null;
                                    mime: string;
                                    size: number;
                                    url: string;
                                    createdAt: number;
                                } | null;
                                operatorName: string;
                                operatorPhone: string;
                                createdAt: number;
                                updatedAt: number;
                                submittedAt: number;
                                decidedAt: number | null;
                                events: {
                                    at: number;
                                    action: "submitted" | "resubmitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                                    actor: string | null;
                                    comment: string;
                                }[];
                            };
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                                regionCode: string;
                                status: string;
                            };
                            verification: {
                                verified: boolean;
                                verifiedName: string | null;
                                verifiedAt: number | null;
                                verifiedUntil: number | null;
                                daysLeft: number;
                                creditCode: string | null;
                            };
                            guard: {
                                flagged: boolean;
                                score: number;
                                closest: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/verification-review/{applicationId}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the account for changes, with the reason it will read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            kind: "initial" | "renewal" | "rename";
                            status: "pending" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                            requestedName: string;
                            creditCode: string;
                            letter: {
                                id: number;
                                name: string | null;
                                mime: string;
                                size: number;
                                url: string;
                                createdAt: number;
                            } | null;
                            operatorName: string;
                            operatorPhone: string;
                            createdAt: number;
                            updatedAt: number;
                            submittedAt: number;
                            decidedAt: number | null;
                            events: {
                                at: number;
                                action: "submitted" | "resubmitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                                actor: string | null;
                                comment: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/verification-review/{applicationId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject, with the reason the account will read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            kind: "initial" | "renewal" | "rename";
                            status: "pending" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                            requestedName: string;
                            creditCode: string;
                            letter: {
                                id: number;
                                name: string | null;
                                mime: string;
                                size: number;
                                url: string;
                                createdAt: number;
                            } | null;
                            operatorName: string;
                            operatorPhone: string;
                            createdAt: number;
                            updatedAt: number;
                            submittedAt: number;
                            decidedAt: number | null;
                            events: {
                                at: number;
                                action: "submitted" | "resubmitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                                actor: string | null;
                                comment: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/verification-review/{applicationId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: badge and verified name for one year (a renewal: one year on from the old expiry) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    applicationId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            kind: "initial" | "renewal" | "rename";
                            status: "pending" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                            requestedName: string;
                            creditCode: string;
                            letter: {
                                id: number;
                                name: string | null;
                                mime: string;
                                size: number;
                                url: string;
                                createdAt: number;
                            } | null;
                            operatorName: string;
                            operatorPhone: string;
                            createdAt: number;
                            updatedAt: number;
                            submittedAt: number;
                            decidedAt: number | null;
                            events: {
                                at: number;
                                action: "submitted" | "resubmitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
                                actor: string | null;
                                comment: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{handle}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's verification as citizens see it (the "verify this account" page) 认证信息 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    handle: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            handle: string;
                            name: string;
                            status: string;
                            verified: boolean;
                            verifiedName: string | null;
                            verifiedAt: number | null;
                            verifiedUntil: number | null;
                            daysLeft: number;
                            creditCode: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signing/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify signed content by link, id or code (public) */
        get: {
            parameters: {
                query: {
                    /** @description a public article link, /v/<code> link, publication id or verification code */
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "intact" | "altered" | "revoked" | "withdrawn" | "not_found" | "not_signed" | "suspended";
                            /** @description ABCDE-FGHJK */
                            code: string | null;
                            subject: {
                                kind: "article" | "reply" | "alert";
                                id: number;
                            } | null;
                            article: {
                                id: number;
                                slug: string;
                                title: string | null;
                                url: string;
                                /** @description epoch ms */
                                publishedAt: number;
                                /** @description epoch ms */
                                revisedAt: number | null;
                            } | null;
                            /** @description epoch ms */
                            withdrawnAt: number | null;
                            publisher: {
                                id: number;
                                handle: string;
                                name: string;
                                /** @enum {unknown} */
                                level: "national" | "provincial" | "municipal" | "county" | "township";
                                /** @enum {unknown} */
                                departmentType: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                                regionCode: string;
                                regionName: string;
                                avatarUrl: string | null;
                                verified: boolean;
                                followerCount: number;
                                verifiedName: string | null;
                            } | null;
                            /** @description epoch ms */
                            signedAt: number | null;
                            version: number | null;
                            signatureValid: boolean;
                            key: {
                                /** @description first 16 hex digits of SHA-256 of the raw public key */
                                keyId: string;
                                /** @enum {string} */
                                algorithm: "Ed25519";
                                /** @description raw 32-byte Ed25519 public key, base64url */
                                publicKey: string;
                                fingerprint: string;
                                /** @description epoch ms */
                                validFrom: number;
                                /** @description epoch ms */
                                validUntil: number | null;
                                /** @description epoch ms */
                                revokedAt: number | null;
                                /** @description epoch ms */
                                compromisedFrom: number | null;
                                revocationReason: string | null;
                            } | null;
                            differences: {
                                field: string;
                                signed: string;
                                current: string;
                            }[];
                            copy: {
                                kind: "text" | "bundle";
                                matches: boolean;
                                reason: "bad_signature" | "superseded" | "different" | (never | null);
                                differences: {
                                    copy: string;
                                    original: string | null;
                                }[];
                            } | null;
                            bundle: {
                                format: string;
                                /** @enum {string} */
                                algorithm: "Ed25519";
                                keyId: string;
                                /** @description the canonical text that was signed (docs/SIGNING.md) */
                                payload: string;
                                /** @description base64url */
                                signature: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Verify signed content and check a copy (text or signed bundle) against it (public) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a public article link, /v/<code> link, publication id or verification code */
                        q: string;
                        /** @description pasted text or bundle JSON */
                        copy?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "intact" | "altered" | "revoked" | "withdrawn" | "not_found" | "not_signed" | "suspended";
                            /** @description ABCDE-FGHJK */
                            code: string | null;
                            subject: {
                                kind: "article" | "reply" | "alert";
                                id: number;
                            } | null;
                            article: {
                                id: number;
                                slug: string;
                                title: string | null;
                                url: string;
                                /** @description epoch ms */
                                publishedAt: number;
                                /** @description epoch ms */
                                revisedAt: number | null;
                            } | null;
                            /** @description epoch ms */
                            withdrawnAt: number | null;
                            publisher: {
                                id: number;
                                handle: string;
                                name: string;
                                /** @enum {unknown} */
                                level: "national" | "provincial" | "municipal" | "county" | "township";
                                /** @enum {unknown} */
                                departmentType: "public_security" | "judicial" | "tourism" | "taxation" | "education" | "health" | "transport" | "traffic_police" | "emergency" | "civil_affairs" | "propaganda" | "organisation" | "party_committee" | "npc" | "cppcc" | "letters_complaints" | "government" | "market_regulation" | "human_resources" | "other";
                                regionCode: string;
                                regionName: string;
                                avatarUrl: string | null;
                                verified: boolean;
                                followerCount: number;
                                verifiedName: string | null;
                            } | null;
                            /** @description epoch ms */
                            signedAt: number | null;
                            version: number | null;
                            signatureValid: boolean;
                            key: {
                                /** @description first 16 hex digits of SHA-256 of the raw public key */
                                keyId: string;
                                /** @enum {string} */
                                algorithm: "Ed25519";
                                /** @description raw 32-byte Ed25519 public key, base64url */
                                publicKey: string;
                                fingerprint: string;
                                /** @description epoch ms */
                                validFrom: number;
                                /** @description epoch ms */
                                validUntil: number | null;
                                /** @description epoch ms */
                                revokedAt: number | null;
                                /** @description epoch ms */
                                compromisedFrom: number | null;
                                revocationReason: string | null;
                            } | null;
                            differences: {
                                field: string;
                                signed: string;
                                current: string;
                            }[];
                            copy: {
                                kind: "text" | "bundle";
                                matches: boolean;
                                reason: "bad_signature" | "superseded" | "different" | (never | null);
                                differences: {
                                    copy: string;
                                    original: string | null;
                                }[];
                            } | null;
                            bundle: {
                                format: string;
                                /** @enum {string} */
                                algorithm: "Ed25519";
                                keyId: string;
                                /** @description the canonical text that was signed (docs/SIGNING.md) */
                                payload: string;
                                /** @description base64url */
                                signature: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signing/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every public signing key with its validity (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            format: "zhengwei-signing-keys/1";
                            /** @description epoch ms */
                            generatedAt: number;
                            keys: {
                                /** @description first 16 hex digits of SHA-256 of the raw public key */
                                keyId: string;
                                /** @enum {string} */
                                algorithm: "Ed25519";
                                /** @description raw 32-byte Ed25519 public key, base64url */
                                publicKey: string;
                                fingerprint: string;
                                /** @description epoch ms */
                                validFrom: number;
                                /** @description epoch ms */
                                validUntil: number | null;
                                /** @description epoch ms */
                                revokedAt: number | null;
                                /** @description epoch ms */
                                compromisedFrom: number | null;
                                revocationReason: string | null;
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signing/bundles/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed bundle of a verification code, for offline verification (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            format: string;
                            /** @enum {string} */
                            algorithm: "Ed25519";
                            keyId: string;
                            /** @description the canonical text that was signed (docs/SIGNING.md) */
                            payload: string;
                            /** @description base64url */
                            signature: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/signing/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's signing keys (console) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            verified: boolean;
                            current: {
                                /** @description first 16 hex digits of SHA-256 of the raw public key */
                                keyId: string;
                                /** @enum {string} */
                                algorithm: "Ed25519";
                                /** @description raw 32-byte Ed25519 public key, base64url */
                                publicKey: string;
                                fingerprint: string;
                                /** @description epoch ms */
                                validFrom: number;
                                /** @description epoch ms */
                                validUntil: number | null;
                                /** @description epoch ms */
                                revokedAt: number | null;
                                /** @description epoch ms */
                                compromisedFrom: number | null;
                                revocationReason: string | null;
                                /** @description epoch ms */
                                createdAt: number;
                                current: boolean;
                            } | null;
                            keys: {
                                /** @description first 16 hex digits of SHA-256 of the raw public key */
                                keyId: string;
                                /** @enum {string} */
                                algorithm: "Ed25519";
                                /** @description raw 32-byte Ed25519 public key, base64url */
                                publicKey: string;
                                fingerprint: string;
                                /** @description epoch ms */
                                validFrom: number;
                                /** @description epoch ms */
                                validUntil: number | null;
                                /** @description epoch ms */
                                revokedAt: number | null;
                                /** @description epoch ms */
                                compromisedFrom: number | null;
                                revocationReason: string | null;
                                /** @description epoch ms */
                                createdAt: number;
                                current: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/signing/keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the account's signing key (account admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description first 16 hex digits of SHA-256 of the raw public key */
                            keyId: string;
                            /** @enum {string} */
                            algorithm: "Ed25519";
                            /** @description raw 32-byte Ed25519 public key, base64url */
                            publicKey: string;
                            fingerprint: string;
                            /** @description epoch ms */
                            validFrom: number;
                            /** @description epoch ms */
                            validUntil: number | null;
                            /** @description epoch ms */
                            revokedAt: number | null;
                            /** @description epoch ms */
                            compromisedFrom: number | null;
                            revocationReason: string | null;
                            /** @description epoch ms */
                            createdAt: number;
                            current: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/signing/keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a compromised signing key (account admins); live content is re-signed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    keyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description epoch ms */
                        compromisedFrom?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: {
                                /** @description first 16 hex digits of SHA-256 of the raw public key */
                                keyId: string;
                                /** @enum {string} */
                                algorithm: "Ed25519";
                                /** @description raw 32-byte Ed25519 public key, base64url */
                                publicKey: string;
                                fingerprint: string;
                                /** @description epoch ms */
                                validFrom: number;
                                /** @description epoch ms */
                                validUntil: number | null;
                                /** @description epoch ms */
                                revokedAt: number | null;
                                /** @description epoch ms */
                                compromisedFrom: number | null;
                                revocationReason: string | null;
                                /** @description epoch ms */
                                createdAt: number;
                                current: boolean;
                            };
                            replacement: {
                                /** @description first 16 hex digits of SHA-256 of the raw public key */
                                keyId: string;
                                /** @enum {string} */
                                algorithm: "Ed25519";
                                /** @description raw 32-byte Ed25519 public key, base64url */
                                publicKey: string;
                                fingerprint: string;
                                /** @description epoch ms */
                                validFrom: number;
                                /** @description epoch ms */
                                validUntil: number | null;
                                /** @description epoch ms */
                                revokedAt: number | null;
                                /** @description epoch ms */
                                compromisedFrom: number | null;
                                revocationReason: string | null;
                                /** @description epoch ms */
                                createdAt: number;
                                current: boolean;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fake-reports/screenshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload one evidence screenshot (JPEG/PNG/GIF/WebP ≤ 8 MB), multipart field "file" */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            width: number;
                            height: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fake-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a suspected fake account 举报仿冒公众号 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountId: number;
                        reason: "impersonates_department" | "uses_government_name" | "asks_money_or_data" | "false_information" | "other";
                        /** @default  */
                        description: string;
                        /** @default [] */
                        screenshotIds: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description e.g. JB20261207-000042 */
                            trackingNo: string;
                            account: {
                                id: number;
                                name: string;
                            };
                            reason: "impersonates_department" | "uses_government_name" | "asks_money_or_data" | "false_information" | "other";
                            description: string;
                            status: "open" | "upheld" | "dismissed";
                            outcomeNote: string | null;
                            decidedAt: number | null;
                            /** @description decided, and the citizen has not opened the list since */
                            unseen: boolean;
                            createdAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/fake-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The citizen's reports with their outcome 我的举报 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reports: {
                                id: number;
                                /** @description e.g. JB20261207-000042 */
                                trackingNo: string;
                                account: {
                                    id: number;
                                    name: string;
                                };
                                reason: "impersonates_department" | "uses_government_name" | "asks_money_or_data" | "false_information" | "other";
                                description: string;
                                status: "open" | "upheld" | "dismissed";
                                outcomeNote: string | null;
                                decidedAt: number | null;
                                /** @description decided, and the citizen has not opened the list since */
                                unseen: boolean;
                                createdAt: number;
                            }[];
                            unseen: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/fake-reports/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every decided report as seen (clears the unseen-outcome dot) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/fake-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reported accounts, grouped (platform admins) */
        get: {
            parameters: {
                query: {
                    state: "open" | "decided" | "all";
                    page: number;
                    pageSize: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groups: {
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                    avatarUrl: string | null;
                                    verified: boolean;
                                    verifiedName: string | null;
                                    status: "active" | "suspended";
                                };
                                total: number;
                                open: number;
                                latestAt: number;
                                reasons: {
                                    impersonates_department: number;
                                    uses_government_name: number;
                                    asks_money_or_data: number;
                                    false_information: number;
                                    other: number;
                                };
                            }[];
                            total: number;
                            openAccounts: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/fake-reports/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reported account's reports with screenshots (platform admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                                avatarUrl: string | null;
                                verified: boolean;
                                verifiedName: string | null;
                                status: "active" | "suspended";
                            };
                            reports: {
                                id: number;
                                trackingNo: string;
                                reason: "impersonates_department" | "uses_government_name" | "asks_money_or_data" | "false_information" | "other";
                                description: string;
                                status: "open" | "upheld" | "dismissed";
                                outcomeNote: string | null;
                                decidedAt: number | null;
                                decidedBy: string | null;
                                createdAt: number;
                                reporter: {
                                    citizenId: number;
                                    /** @description masked */
                                    phone: string;
                                };
                                screenshots: {
                                    id: number;
                                    url: string;
                                    thumbUrl: string;
                                    width: number;
                                    height: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/fake-reports/accounts/{accountId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide on an account's reports: suspend, dismiss, or reinstate a suspended account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        action: "suspend" | "dismiss" | "reinstate";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            action: string;
                            reportsClosed: number;
                            accountStatus: "active" | "suspended";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/fake-reports/screenshots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An evidence screenshot (platform admins only; never public) */
        get: {
            parameters: {
                query?: {
                    thumb?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/name-holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Name holds for platform review: pending first (oldest first), then decided ones (platform admin) */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "rejected" | "superseded";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /**
                                 * @description create: the account was created held (hidden); rename: the new name was not applied
                                 * @enum {unknown}
                                 */
                                kind: "create" | "rename";
                                /** @enum {unknown} */
                                status: "pending" | "approved" | "rejected" | "superseded";
                                proposedName: string;
                                /** @description the verified name it is too close to */
                                closestName: string;
                                /** @description the guard score in [0, 1]; flagged from 0.6 (docs/GUARD.md) */
                                score: number;
                                differences: {
                                    /** @enum {unknown} */
                                    kind: "variant" | "decoration" | "admin" | "lookalike" | "homophone" | "pinyin" | "transpose" | "insert" | "delete" | "substitute" | "level";
                                    candidate: string;
                                    verified: string;
                                }[];
                                createdAt: number;
                                decisionReason: string | null;
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                    status: string;
                                };
                                closestAccountId: number | null;
                                decidedAt: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/name-holds/{holdId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a held name: activate the held account, or apply the held rename (platform admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    holdId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /**
                             * @description create: the account was created held (hidden); rename: the new name was not applied
                             * @enum {unknown}
                             */
                            kind: "create" | "rename";
                            /** @enum {unknown} */
                            status: "pending" | "approved" | "rejected" | "superseded";
                            proposedName: string;
                            /** @description the verified name it is too close to */
                            closestName: string;
                            /** @description the guard score in [0, 1]; flagged from 0.6 (docs/GUARD.md) */
                            score: number;
                            differences: {
                                /** @enum {unknown} */
                                kind: "variant" | "decoration" | "admin" | "lookalike" | "homophone" | "pinyin" | "transpose" | "insert" | "delete" | "substitute" | "level";
                                candidate: string;
                                verified: string;
                            }[];
                            createdAt: number;
                            decisionReason: string | null;
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                                status: string;
                            };
                            closestAccountId: number | null;
                            decidedAt: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/name-holds/{holdId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a held name with a reason the account admins read (platform admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    holdId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /**
                             * @description create: the account was created held (hidden); rename: the new name was not applied
                             * @enum {unknown}
                             */
                            kind: "create" | "rename";
                            /** @enum {unknown} */
                            status: "pending" | "approved" | "rejected" | "superseded";
                            proposedName: string;
                            /** @description the verified name it is too close to */
                            closestName: string;
                            /** @description the guard score in [0, 1]; flagged from 0.6 (docs/GUARD.md) */
                            score: number;
                            differences: {
                                /** @enum {unknown} */
                                kind: "variant" | "decoration" | "admin" | "lookalike" | "homophone" | "pinyin" | "transpose" | "insert" | "delete" | "substitute" | "level";
                                candidate: string;
                                verified: string;
                            }[];
                            createdAt: number;
                            decisionReason: string | null;
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                                status: string;
                            };
                            closestAccountId: number | null;
                            decidedAt: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's public holidays and make-up working days (public: citizens' countdowns use it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            days: {
                                /** @description Beijing date 'YYYY-MM-DD' */
                                date: string;
                                /**
                                 * @description holiday: a day off (放假); workday: a make-up working day on a weekend (调休上班)
                                 * @enum {unknown}
                                 */
                                kind: "holiday" | "workday";
                                /** @description the festival it belongs to (春节, 国庆节, …) */
                                name: string;
                            }[];
                            updatedAt: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a year's holidays and make-up working days in one step (platform admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        days: {
                            date: string;
                            /**
                             * @description holiday: a day off (放假); workday: a make-up working day on a weekend (调休上班)
                             * @enum {unknown}
                             */
                            kind: "holiday" | "workday";
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            days: {
                                /** @description Beijing date 'YYYY-MM-DD' */
                                date: string;
                                /**
                                 * @description holiday: a day off (放假); workday: a make-up working day on a weekend (调休上班)
                                 * @enum {unknown}
                                 */
                                kind: "holiday" | "workday";
                                /** @description the festival it belongs to (春节, 国庆节, …) */
                                name: string;
                            }[];
                            updatedAt: number | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/case-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active case categories (the platform-wide taxonomy) 诉求分类 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                code: string;
                                parentId: number | null;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                description: {
                                    zh: string;
                                    en: string;
                                };
                                major: boolean;
                                dueHours: number;
                                statementHours: number | null;
                                timeBasis: "calendar" | "working";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a photo or PDF for a case about to be filed (multipart field "file"; ≤ 10 MB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            mime: string;
                            size: number;
                            width: number | null;
                            height: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File a case (consultation, complaint, report, suggestion) with an account 我要留言/投诉 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountId: number;
                        kind: "consultation" | "complaint" | "report" | "suggestion";
                        categoryId: number;
                        title: string;
                        description: string;
                        /** @default [] */
                        attachmentIds: number[];
                        regionCode?: string | null;
                        address?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                        contactPreference: "phone" | "message" | "none";
                        /** @default false */
                        anonymous: boolean;
                        reportedAccountId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            description: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            contactPreference: "phone" | "message" | "none";
                            major: boolean;
                            timeBasis: "calendar" | "working";
                            createdAt: number;
                            clockStartedAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            answer: string | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            reopenCount: number;
                            /** @description the last moment a reopen is accepted, while one is */
                            reopenUntil: number | null;
                            canReopen: boolean;
                            canRate: boolean;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                eventId: number | null;
                                url: string;
                                /** @description null for PDFs */
                                thumbUrl: string | null;
                            }[];
                            events: {
                                id: number;
                                kind: "received" | "routed" | "accepted" | "transferred" | "in_progress" | "statement" | "answered" | "closed" | "reopened" | "rated";
                                at: number;
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                score: number | null;
                            }[];
                            /** @description the server's clock, to correct the countdown */
                            serverNow: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The citizen's cases, newest first 我的诉求 */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** @description e.g. SQ20261207-000042 */
                                trackingNo: string;
                                kind: "consultation" | "complaint" | "report" | "suggestion";
                                title: string;
                                status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                                category: {
                                    id: number;
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                createdAt: number;
                                dueAt: number;
                                answeredAt: number | null;
                                overdue: boolean;
                                canRate: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/cases/{trackingNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the citizen's cases with its public timeline 诉求详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trackingNo: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            description: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            contactPreference: "phone" | "message" | "none";
                            major: boolean;
                            timeBasis: "calendar" | "working";
                            createdAt: number;
                            clockStartedAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            answer: string | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            reopenCount: number;
                            /** @description the last moment a reopen is accepted, while one is */
                            reopenUntil: number | null;
                            canReopen: boolean;
                            canRate: boolean;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                eventId: number | null;
                                url: string;
                                /** @description null for PDFs */
                                thumbUrl: string | null;
                            }[];
                            events: {
                                id: number;
                                kind: "received" | "routed" | "accepted" | "transferred" | "in_progress" | "statement" | "answered" | "closed" | "reopened" | "rated";
                                at: number;
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                score: number | null;
                            }[];
                            /** @description the server's clock, to correct the countdown */
                            serverNow: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/cases/{trackingNo}/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An attachment of one of the citizen's cases (never public) */
        get: {
            parameters: {
                query?: {
                    thumb?: number;
                };
                header?: never;
                path: {
                    trackingNo: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/cases/{trackingNo}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate the answer (1–5, once per answer) 满意度评价 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trackingNo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        score: number;
                        /** @default  */
                        comment: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            description: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            contactPreference: "phone" | "message" | "none";
                            major: boolean;
                            timeBasis: "calendar" | "working";
                            createdAt: number;
                            clockStartedAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            answer: string | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            reopenCount: number;
                            /** @description the last moment a reopen is accepted, while one is */
                            reopenUntil: number | null;
                            canReopen: boolean;
                            canRate: boolean;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                eventId: number | null;
                                url: string;
                                /** @description null for PDFs */
                                thumbUrl: string | null;
                            }[];
                            events: {
                                id: number;
                                kind: "received" | "routed" | "accepted" | "transferred" | "in_progress" | "statement" | "answered" | "closed" | "reopened" | "rated";
                                at: number;
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                score: number | null;
                            }[];
                            /** @description the server's clock, to correct the countdown */
                            serverNow: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/cases/{trackingNo}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen the case (once, within 7 days of the answer) 申请重新办理 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    trackingNo: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            description: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            contactPreference: "phone" | "message" | "none";
                            major: boolean;
                            timeBasis: "calendar" | "working";
                            createdAt: number;
                            clockStartedAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            answer: string | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            reopenCount: number;
                            /** @description the last moment a reopen is accepted, while one is */
                            reopenUntil: number | null;
                            canReopen: boolean;
                            canRate: boolean;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                eventId: number | null;
                                url: string;
                                /** @description null for PDFs */
                                thumbUrl: string | null;
                            }[];
                            events: {
                                id: number;
                                kind: "received" | "routed" | "accepted" | "transferred" | "in_progress" | "statement" | "answered" | "closed" | "reopened" | "rated";
                                at: number;
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                score: number | null;
                            }[];
                            /** @description the server's clock, to correct the countdown */
                            serverNow: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/case-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every case category, inactive ones too (platform admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                code: string;
                                parentId: number | null;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                description: {
                                    zh: string;
                                    en: string;
                                };
                                keywords: string[];
                                major: boolean;
                                dueHours: number;
                                statementHours: number | null;
                                /**
                                 * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                                 * @enum {unknown}
                                 */
                                timeBasis: "calendar" | "working";
                                warnPercent: number;
                                position: number;
                                attributes: {
                                    /** @description Open311 attribute code */
                                    code: string;
                                    /** @enum {unknown} */
                                    datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                                    required: boolean;
                                    /** @description the question, zh-CN (Open311 description) */
                                    description: string;
                                    descriptionEn: string;
                                    /** @description unique within the category; 1 first */
                                    order: number;
                                    /** @description the choices of singlevaluelist / multivaluelist (required for them, empty otherwise) */
                                    values: {
                                        key: string;
                                        /** @description zh-CN */
                                        name: string;
                                        nameEn: string;
                                    }[];
                                }[];
                                active: boolean;
                                /** @description cases filed under it (such a category is never deleted) */
                                caseCount: number;
                                /** @description routing rules naming it */
                                ruleCount: number;
                                /** @description epoch ms */
                                createdAt: number;
                                /** @description epoch ms */
                                updatedAt: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a case category (platform admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description stable code, also the Open311 service_code; cannot change later */
                        code: string;
                        /** @description a top-level category (one level of groups) */
                        parentId: number | null;
                        name: {
                            zh: string;
                            en: string;
                        };
                        description: {
                            zh: string;
                            en: string;
                        };
                        keywords: string[];
                        /** @description a major matter or emergency (24 hours by State Council rule) */
                        major: boolean;
                        dueHours: number;
                        /** @description hours to a first public statement (major public-opinion events), shorter than dueHours */
                        statementHours: number | null;
                        /**
                         * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                         * @enum {unknown}
                         */
                        timeBasis: "calendar" | "working";
                        warnPercent: number;
                        /** @description sort order, small first */
                        position: number;
                        attributes: {
                            /** @description Open311 attribute code */
                            code: string;
                            /** @enum {unknown} */
                            datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                            required: boolean;
                            /** @description the question, zh-CN (Open311 description) */
                            description: string;
                            descriptionEn: string;
                            /** @description unique within the category; 1 first */
                            order: number;
                            /** @description the choices of singlevaluelist / multivaluelist (required for them, empty otherwise) */
                            values: {
                                key: string;
                                /** @description zh-CN */
                                name: string;
                                nameEn: string;
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            parentId: number | null;
                            name: {
                                zh: string;
                                en: string;
                            };
                            description: {
                                zh: string;
                                en: string;
                            };
                            keywords: string[];
                            major: boolean;
                            dueHours: number;
                            statementHours: number | null;
                            /**
                             * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                             * @enum {unknown}
                             */
                            timeBasis: "calendar" | "working";
                            warnPercent: number;
                            position: number;
                            attributes: {
                                /** @description Open311 attribute code */
                                code: string;
                                /** @enum {unknown} */
                                datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                                required: boolean;
                                /** @description the question, zh-CN (Open311 description) */
                                description: string;
                                descriptionEn: string;
                                /** @description unique within the category; 1 first */
                                order: number;
                                /** @description the choices of singlevaluelist / multivaluelist (required for them, empty otherwise) */
                                values: {
                                    key: string;
                                    /** @description zh-CN */
                                    name: string;
                                    nameEn: string;
                                }[];
                            }[];
                            active: boolean;
                            /** @description cases filed under it (such a category is never deleted) */
                            caseCount: number;
                            /** @description routing rules naming it */
                            ruleCount: number;
                            /** @description epoch ms */
                            createdAt: number;
                            /** @description epoch ms */
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/case-categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a case category; its code stays (platform admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a top-level category (one level of groups) */
                        parentId: number | null;
                        name: {
                            zh: string;
                            en: string;
                        };
                        description: {
                            zh: string;
                            en: string;
                        };
                        keywords: string[];
                        /** @description a major matter or emergency (24 hours by State Council rule) */
                        major: boolean;
                        dueHours: number;
                        /** @description hours to a first public statement (major public-opinion events), shorter than dueHours */
                        statementHours: number | null;
                        /**
                         * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                         * @enum {unknown}
                         */
                        timeBasis: "calendar" | "working";
                        warnPercent: number;
                        /** @description sort order, small first */
                        position: number;
                        attributes: {
                            /** @description Open311 attribute code */
                            code: string;
                            /** @enum {unknown} */
                            datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                            required: boolean;
                            /** @description the question, zh-CN (Open311 description) */
                            description: string;
                            descriptionEn: string;
                            /** @description unique within the category; 1 first */
                            order: number;
                            /** @description the choices of singlevaluelist / multivaluelist (required for them, empty otherwise) */
                            values: {
                                key: string;
                                /** @description zh-CN */
                                name: string;
                                nameEn: string;
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            parentId: number | null;
                            name: {
                                zh: string;
                                en: string;
                            };
                            description: {
                                zh: string;
                                en: string;
                            };
                            keywords: string[];
                            major: boolean;
                            dueHours: number;
                            statementHours: number | null;
                            /**
                             * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                             * @enum {unknown}
                             */
                            timeBasis: "calendar" | "working";
                            warnPercent: number;
                            position: number;
                            attributes: {
                                /** @description Open311 attribute code */
                                code: string;
                                /** @enum {unknown} */
                                datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                                required: boolean;
                                /** @description the question, zh-CN (Open311 description) */
                                description: string;
                                descriptionEn: string;
                                /** @description unique within the category; 1 first */
                                order: number;
                                /** @description the choices of singlevaluelist / multivaluelist (required for them, empty otherwise) */
                                values: {
                                    key: string;
                                    /** @description zh-CN */
                                    name: string;
                                    nameEn: string;
                                }[];
                            }[];
                            active: boolean;
                            /** @description cases filed under it (such a category is never deleted) */
                            caseCount: number;
                            /** @description routing rules naming it */
                            ruleCount: number;
                            /** @description epoch ms */
                            createdAt: number;
                            /** @description epoch ms */
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a category that no case ever used and that has no sub-categories */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/case-categories/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate (citizens and Open311 no longer see it) or reactivate a category */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            parentId: number | null;
                            name: {
                                zh: string;
                                en: string;
                            };
                            description: {
                                zh: string;
                                en: string;
                            };
                            keywords: string[];
                            major: boolean;
                            dueHours: number;
                            statementHours: number | null;
                            /**
                             * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                             * @enum {unknown}
                             */
                            timeBasis: "calendar" | "working";
                            warnPercent: number;
                            position: number;
                            attributes: {
                                /** @description Open311 attribute code */
                                code: string;
                                /** @enum {unknown} */
                                datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                                required: boolean;
                                /** @description the question, zh-CN (Open311 description) */
                                description: string;
                                descriptionEn: string;
                                /** @description unique within the category; 1 first */
                                order: number;
                                /** @description the choices of singlevaluelist / multivaluelist (required for them, empty otherwise) */
                                values: {
                                    key: string;
                                    /** @description zh-CN */
                                    name: string;
                                    nameEn: string;
                                }[];
                            }[];
                            active: boolean;
                            /** @description cases filed under it (such a category is never deleted) */
                            caseCount: number;
                            /** @description routing rules naming it */
                            ruleCount: number;
                            /** @description epoch ms */
                            createdAt: number;
                            /** @description epoch ms */
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/case-categories/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate (citizens and Open311 no longer see it) or reactivate a category */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            parentId: number | null;
                            name: {
                                zh: string;
                                en: string;
                            };
                            description: {
                                zh: string;
                                en: string;
                            };
                            keywords: string[];
                            major: boolean;
                            dueHours: number;
                            statementHours: number | null;
                            /**
                             * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                             * @enum {unknown}
                             */
                            timeBasis: "calendar" | "working";
                            warnPercent: number;
                            position: number;
                            attributes: {
                                /** @description Open311 attribute code */
                                code: string;
                                /** @enum {unknown} */
                                datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
                                required: boolean;
                                /** @description the question, zh-CN (Open311 description) */
                                description: string;
                                descriptionEn: string;
                                /** @description unique within the category; 1 first */
                                order: number;
                                /** @description the choices of singlevaluelist / multivaluelist (required for them, empty otherwise) */
                                values: {
                                    key: string;
                                    /** @description zh-CN */
                                    name: string;
                                    nameEn: string;
                                }[];
                            }[];
                            active: boolean;
                            /** @description cases filed under it (such a category is never deleted) */
                            caseCount: number;
                            /** @description routing rules naming it */
                            ruleCount: number;
                            /** @description epoch ms */
                            createdAt: number;
                            /** @description epoch ms */
                            updatedAt: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/case-routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Routing rules (platform admin) */
        get: {
            parameters: {
                query?: {
                    categoryId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                category: {
                                    id: number;
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    active: boolean;
                                };
                                /** @description GB/T 2260 prefix (2, 4 or 6 digits); '' = every region */
                                regionPrefix: string;
                                /** @description the region the prefix stands for; null for every region */
                                region: {
                                    code: string;
                                    name: string;
                                } | null;
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                    /** @description active | suspended | held */
                                    status: string;
                                };
                                /** @description epoch ms */
                                createdAt: number;
                                createdBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Route a category in a region to an account (platform admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryId: number;
                        /** @description a six-digit region code (411500 covers every code of 信阳市), or '' for every region */
                        regionCode: string;
                        accountId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                active: boolean;
                            };
                            /** @description GB/T 2260 prefix (2, 4 or 6 digits); '' = every region */
                            regionPrefix: string;
                            /** @description the region the prefix stands for; null for every region */
                            region: {
                                code: string;
                                name: string;
                            } | null;
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                                /** @description active | suspended | held */
                                status: string;
                            };
                            /** @description epoch ms */
                            createdAt: number;
                            createdBy: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/case-routing-rules/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which account would a case of this category in this region go to? (platform admin) */
        get: {
            parameters: {
                query: {
                    categoryId: number;
                    /** @description a six-digit region code (411500 covers every code of 信阳市), or '' for every region */
                    regionCode: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the rule with the longest matching prefix; null: the case stays where it was filed */
                            rule: {
                                id: number;
                                category: {
                                    id: number;
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                    active: boolean;
                                };
                                /** @description GB/T 2260 prefix (2, 4 or 6 digits); '' = every region */
                                regionPrefix: string;
                                /** @description the region the prefix stands for; null for every region */
                                region: {
                                    code: string;
                                    name: string;
                                } | null;
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                    /** @description active | suspended | held */
                                    status: string;
                                };
                                /** @description epoch ms */
                                createdAt: number;
                                createdBy: string | null;
                            } | null;
                            /** @description the prefixes tried, longest first */
                            prefixes: string[];
                            region: {
                                code: string;
                                name: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/case-routing-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a routing rule (platform admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/case-clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's case deadlines: its own settings next to the platform defaults (any role) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the account's setting for all its cases; null: the platform defaults apply */
                            accountDefault: {
                                dueHours: number;
                                /** @description hours to a first public statement (major public-opinion events), shorter than dueHours */
                                statementHours: number | null;
                                /**
                                 * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                                 * @enum {unknown}
                                 */
                                timeBasis: "calendar" | "working";
                                warnPercent: number;
                            } | null;
                            overrides: {
                                categoryId: number;
                                dueHours: number;
                                /** @description hours to a first public statement (major public-opinion events), shorter than dueHours */
                                statementHours: number | null;
                                /**
                                 * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                                 * @enum {unknown}
                                 */
                                timeBasis: "calendar" | "working";
                                warnPercent: number;
                            }[];
                            /** @description the active categories with the platform default and what applies to this account */
                            categories: {
                                id: number;
                                code: string;
                                parentId: number | null;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                major: boolean;
                                platform: {
                                    dueHours: number;
                                    /** @description hours to a first public statement (major public-opinion events), shorter than dueHours */
                                    statementHours: number | null;
                                    /**
                                     * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                                     * @enum {unknown}
                                     */
                                    timeBasis: "calendar" | "working";
                                    warnPercent: number;
                                };
                                effective: {
                                    dueHours: number;
                                    /** @description hours to a first public statement (major public-opinion events), shorter than dueHours */
                                    statementHours: number | null;
                                    /**
                                     * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                                     * @enum {unknown}
                                     */
                                    timeBasis: "calendar" | "working";
                                    warnPercent: number;
                                };
                                /**
                                 * @description which setting applies (as resolveClockPolicy): the category's platform default, the account-wide setting, or the account's own for this category
                                 * @enum {unknown}
                                 */
                                source: "category" | "account" | "account_category";
                            }[];
                            /** @description epoch ms */
                            updatedAt: number | null;
                            updatedBy: string | null;
                            canEdit: boolean;
                        };
                    };
                };
            };
        };
        /** Replace the account's case deadline settings (account admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountDefault: {
                            dueHours: number;
                            /** @description hours to a first public statement (major public-opinion events), shorter than dueHours */
                            statementHours: number | null;
                            /**
                             * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                             * @enum {unknown}
                             */
                            timeBasis: "calendar" | "working";
                            warnPercent: number;
                        } | null;
                        overrides: {
                            categoryId: number;
                            dueHours: number;
                            /** @description hours to a first public statement (major public-opinion events), shorter than dueHours */
                            statementHours: number | null;
                            /**
                             * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                             * @enum {unknown}
                             */
                            timeBasis: "calendar" | "working";
                            warnPercent: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the account's setting for all its cases; null: the platform defaults apply */
                            accountDefault: {
                                dueHours: number;
                                /** @description hours to a first public statement (major public-opinion events), shorter than dueHours */
                                statementHours: number | null;
                                /**
                                 * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                                 * @enum {unknown}
                                 */
                                timeBasis: "calendar" | "working";
                                warnPercent: number;
                            } | null;
                            overrides: {
                                categoryId: number;
                                dueHours: number;
                                /** @description hours to a first public statement (major public-opinion events), shorter than dueHours */
                                statementHours: number | null;
                                /**
                                 * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                                 * @enum {unknown}
                                 */
                                timeBasis: "calendar" | "working";
                                warnPercent: number;
                            }[];
                            /** @description the active categories with the platform default and what applies to this account */
                            categories: {
                                id: number;
                                code: string;
                                parentId: number | null;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                major: boolean;
                                platform: {
                                    dueHours: number;
                                    /** @description hours to a first public statement (major public-opinion events), shorter than dueHours */
                                    statementHours: number | null;
                                    /**
                                     * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                                     * @enum {unknown}
                                     */
                                    timeBasis: "calendar" | "working";
                                    warnPercent: number;
                                };
                                effective: {
                                    dueHours: number;
                                    /** @description hours to a first public statement (major public-opinion events), shorter than dueHours */
                                    statementHours: number | null;
                                    /**
                                     * @description calendar: wall-clock hours; working: only hours on working days count (official calendar)
                                     * @enum {unknown}
                                     */
                                    timeBasis: "calendar" | "working";
                                    warnPercent: number;
                                };
                                /**
                                 * @description which setting applies (as resolveClockPolicy): the category's platform default, the account-wide setting, or the account's own for this category
                                 * @enum {unknown}
                                 */
                                source: "category" | "account" | "account_category";
                            }[];
                            /** @description epoch ms */
                            updatedAt: number | null;
                            updatedBy: string | null;
                            canEdit: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/open311-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 api keys (platform admin); the keys themselves are never shown again */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                /** @description epoch ms */
                                createdAt: number;
                                createdBy: string | null;
                                /** @description epoch ms */
                                revokedAt: number | null;
                                /** @description service requests created with this key */
                                requestCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue an Open311 api key; the answer is the only time the key is shown */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client: {
                                id: number;
                                name: string;
                                /** @description epoch ms */
                                createdAt: number;
                                createdBy: string | null;
                                /** @description epoch ms */
                                revokedAt: number | null;
                                /** @description service requests created with this key */
                                requestCount: number;
                            };
                            apiKey: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/open311-clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an Open311 api key (platform admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @description epoch ms */
                            createdAt: number;
                            createdBy: string | null;
                            /** @description epoch ms */
                            revokedAt: number | null;
                            /** @description service requests created with this key */
                            requestCount: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/open311-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The department Open311 requests go to when no routing rule claims them (platform admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaultAccount: {
                                id: number;
                                handle: string;
                                name: string;
                                status: string;
                            } | null;
                        };
                    };
                };
            };
        };
        /** Set or clear (null) the default Open311 department (platform admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        defaultAccountId: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaultAccount: {
                                id: number;
                                handle: string;
                                name: string;
                                status: string;
                            } | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/case-stats/accounts/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's case statistics by month 办件统计 (cases it handles now); no sign-in */
        get: {
            parameters: {
                query: {
                    months: number;
                };
                header?: never;
                path: {
                    handle: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scope: {
                                kind: "account" | "region";
                                /** @description the account handle (account scope) */
                                handle: string | null;
                                /** @description the region (region scope) or the account's region */
                                regionCode: string;
                                name: string;
                            };
                            period: {
                                months: number;
                                /** @description 1st of the first month, 00:00 Beijing (epoch ms) */
                                from: number;
                                /** @description end of the period, exclusive (epoch ms) */
                                to: number;
                            };
                            months: {
                                /** @description 'YYYY-MM', Beijing */
                                month: string;
                                /** @description cases filed in the period (Beijing month of filing) */
                                received: number;
                                /** @description of those, cases with a first answer */
                                answered: number;
                                /** @description of those, first answered by the deadline then running */
                                answeredOnTime: number;
                                /** @description answeredOnTime / answered, 0..1; null: none answered */
                                onTimeRate: number | null;
                                /** @description median of first answer − filing, ms */
                                medianAnswerMs: number | null;
                                /** @description average rating 1–5, two decimals */
                                satisfactionAvg: number | null;
                                rated: number;
                            }[];
                            totals: {
                                /** @description cases filed in the period (Beijing month of filing) */
                                received: number;
                                /** @description of those, cases with a first answer */
                                answered: number;
                                /** @description of those, first answered by the deadline then running */
                                answeredOnTime: number;
                                /** @description answeredOnTime / answered, 0..1; null: none answered */
                                onTimeRate: number | null;
                                /** @description median of first answer − filing, ms */
                                medianAnswerMs: number | null;
                                /** @description average rating 1–5, two decimals */
                                satisfactionAvg: number | null;
                                rated: number;
                            };
                            generatedAt: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/case-stats/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Case statistics of a GB/T 2260 region (and everything inside it) by month; no sign-in */
        get: {
            parameters: {
                query: {
                    months: number;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scope: {
                                kind: "account" | "region";
                                /** @description the account handle (account scope) */
                                handle: string | null;
                                /** @description the region (region scope) or the account's region */
                                regionCode: string;
                                name: string;
                            };
                            period: {
                                months: number;
                                /** @description 1st of the first month, 00:00 Beijing (epoch ms) */
                                from: number;
                                /** @description end of the period, exclusive (epoch ms) */
                                to: number;
                            };
                            months: {
                                /** @description 'YYYY-MM', Beijing */
                                month: string;
                                /** @description cases filed in the period (Beijing month of filing) */
                                received: number;
                                /** @description of those, cases with a first answer */
                                answered: number;
                                /** @description of those, first answered by the deadline then running */
                                answeredOnTime: number;
                                /** @description answeredOnTime / answered, 0..1; null: none answered */
                                onTimeRate: number | null;
                                /** @description median of first answer − filing, ms */
                                medianAnswerMs: number | null;
                                /** @description average rating 1–5, two decimals */
                                satisfactionAvg: number | null;
                                rated: number;
                            }[];
                            totals: {
                                /** @description cases filed in the period (Beijing month of filing) */
                                received: number;
                                /** @description of those, cases with a first answer */
                                answered: number;
                                /** @description of those, first answered by the deadline then running */
                                answeredOnTime: number;
                                /** @description answeredOnTime / answered, 0..1; null: none answered */
                                onTimeRate: number | null;
                                /** @description median of first answer − filing, ms */
                                medianAnswerMs: number | null;
                                /** @description average rating 1–5, two decimals */
                                satisfactionAvg: number | null;
                                rated: number;
                            };
                            generatedAt: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/case-stats/accounts/{handle}.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same as an account's statistics, as an XLSX workbook (Chinese headers, English under them) */
        get: {
            parameters: {
                query: {
                    months: number;
                };
                header?: never;
                path: {
                    handle: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/case-stats/regions/{code}.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same as a region's statistics, as an XLSX workbook */
        get: {
            parameters: {
                query: {
                    months: number;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A department's cases by box (handling / assisting / transferred away), newest first */
        get: {
            parameters: {
                query?: {
                    box?: "handling" | "assisting" | "transferred";
                    status?: "received" | "accepted" | "in_progress" | "answered" | "closed";
                    cursor?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                trackingNo: string;
                                kind: "consultation" | "complaint" | "report" | "suggestion";
                                category: {
                                    id: number;
                                    code: string;
                                    name: {
                                        zh: string;
                                        en: string;
                                    };
                                };
                                title: string;
                                status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                                role: "handling" | "transferred_away" | "assisting";
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                major: boolean;
                                createdAt: number;
                                warnAt: number;
                                dueAt: number;
                                statementDueAt: number | null;
                                statementAt: number | null;
                                warnedAt: number | null;
                                breachedAt: number | null;
                                answeredAt: number | null;
                                closedAt: number | null;
                                updatedAt: number;
                            }[];
                            nextCursor: number | null;
                            counts: {
                                /** @description cases in the handling box not closed */
                                handling: number;
                                assisting: number;
                                transferred: number;
                                /** @description open handled cases past their deadline */
                                overdue: number;
                                /** @description cases of the requested box by status */
                                statuses: {
                                    received: number;
                                    accepted: number;
                                    in_progress: number;
                                    answered: number;
                                    closed: number;
                                };
                            };
                            serverNow: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case as the department sees it (reporter per the anonymity rules, history, assists, actions) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            role: "handling" | "transferred_away" | "assisting";
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            major: boolean;
                            createdAt: number;
                            warnAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            warnedAt: number | null;
                            breachedAt: number | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            updatedAt: number;
                            description: string;
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            /** @description the department may not see who filed it */
                            reporterHidden: boolean;
                            reporter: {
                                phone: string | null;
                                contact: unknown;
                            } | null;
                            contactPreference: string;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            timeBasis: "calendar" | "working";
                            clockStartedAt: number;
                            statementWarnAt: number | null;
                            clockStage: "statement_warning" | "statement_breach" | "warning" | "breach" | (never | null);
                            clockNextAt: number | null;
                            answer: string | null;
                            answeredBy: string | null;
                            firstAnsweredAt: number | null;
                            answeredOnTime: boolean | null;
                            reopenedAt: number | null;
                            reopenCount: number;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            source: string;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                url: string;
                                thumbUrl: string | null;
                                /** @description the answer it came with; null = filed with the case */
                                eventId: number | null;
                                byStaff: boolean;
                            }[];
                            events: {
                                id: number;
                                kind: string;
                                public: boolean;
                                at: number;
                                actor: {
                                    kind: "citizen" | "staff" | "system";
                                    name: string | null;
                                };
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            assists: {
                                id: number;
                                fromAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                toAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                status: "open" | "closed";
                                request: string;
                                createdAt: number;
                                closedAt: number | null;
                                canPost: boolean;
                                messages: {
                                    id: number;
                                    at: number;
                                    account: {
                                        id: number;
                                        name: string;
                                    } | null;
                                    author: string | null;
                                    body: string;
                                    kind: "request" | "message" | "closed";
                                }[];
                            }[];
                            participants: {
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                role: "handling" | "transferred_away" | "assisting";
                                since: number;
                            }[];
                            actions: {
                                accept: boolean;
                                progress: boolean;
                                answer: boolean;
                                close: boolean;
                                statement: boolean;
                                note: boolean;
                                transfer: boolean;
                                assist: boolean;
                            };
                            serverNow: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/cases/{caseId}/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's attachment (access-checked; never cached by shared caches) */
        get: {
            parameters: {
                query?: {
                    thumb?: number;
                };
                header?: never;
                path: {
                    accountId: number;
                    caseId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/case-attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a file for an answer (image or PDF ≤ 10 MB), multipart field 'file' */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            mime: string;
                            size: number;
                            width: number | null;
                            height: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/cases/{caseId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the case (received → accepted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            role: "handling" | "transferred_away" | "assisting";
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            major: boolean;
                            createdAt: number;
                            warnAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            warnedAt: number | null;
                            breachedAt: number | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            updatedAt: number;
                            description: string;
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            /** @description the department may not see who filed it */
                            reporterHidden: boolean;
                            reporter: {
                                phone: string | null;
                                contact: unknown;
                            } | null;
                            contactPreference: string;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            timeBasis: "calendar" | "working";
                            clockStartedAt: number;
                            statementWarnAt: number | null;
                            clockStage: "statement_warning" | "statement_breach" | "warning" | "breach" | (never | null);
                            clockNextAt: number | null;
                            answer: string | null;
                            answeredBy: string | null;
                            firstAnsweredAt: number | null;
                            answeredOnTime: boolean | null;
                            reopenedAt: number | null;
                            reopenCount: number;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            source: string;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                url: string;
                                thumbUrl: string | null;
                                /** @description the answer it came with; null = filed with the case */
                                eventId: number | null;
                                byStaff: boolean;
                            }[];
                            events: {
                                id: number;
                                kind: string;
                                public: boolean;
                                at: number;
                                actor: {
                                    kind: "citizen" | "staff" | "system";
                                    name: string | null;
                                };
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            assists: {
                                id: number;
                                fromAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                toAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                status: "open" | "closed";
                                request: string;
                                createdAt: number;
                                closedAt: number | null;
                                canPost: boolean;
                                messages: {
                                    id: number;
                                    at: number;
                                    account: {
                                        id: number;
                                        name: string;
                                    } | null;
                                    author: string | null;
                                    body: string;
                                    kind: "request" | "message" | "closed";
                                }[];
                            }[];
                            participants: {
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                role: "handling" | "transferred_away" | "assisting";
                                since: number;
                            }[];
                            actions: {
                                accept: boolean;
                                progress: boolean;
                                answer: boolean;
                                close: boolean;
                                statement: boolean;
                                note: boolean;
                                transfer: boolean;
                                assist: boolean;
                            };
                            serverNow: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/cases/{caseId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report progress, with an optional note the citizen reads (→ in_progress) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            role: "handling" | "transferred_away" | "assisting";
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            major: boolean;
                            createdAt: number;
                            warnAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            warnedAt: number | null;
                            breachedAt: number | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            updatedAt: number;
                            description: string;
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            /** @description the department may not see who filed it */
                            reporterHidden: boolean;
                            reporter: {
                                phone: string | null;
                                contact: unknown;
                            } | null;
                            contactPreference: string;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            timeBasis: "calendar" | "working";
                            clockStartedAt: number;
                            statementWarnAt: number | null;
                            clockStage: "statement_warning" | "statement_breach" | "warning" | "breach" | (never | null);
                            clockNextAt: number | null;
                            answer: string | null;
                            answeredBy: string | null;
                            firstAnsweredAt: number | null;
                            answeredOnTime: boolean | null;
                            reopenedAt: number | null;
                            reopenCount: number;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            source: string;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                url: string;
                                thumbUrl: string | null;
                                /** @description the answer it came with; null = filed with the case */
                                eventId: number | null;
                                byStaff: boolean;
                            }[];
                            events: {
                                id: number;
                                kind: string;
                                public: boolean;
                                at: number;
                                actor: {
                                    kind: "citizen" | "staff" | "system";
                                    name: string | null;
                                };
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            assists: {
                                id: number;
                                fromAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                toAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                status: "open" | "closed";
                                request: string;
                                createdAt: number;
                                closedAt: number | null;
                                canPost: boolean;
                                messages: {
                                    id: number;
                                    at: number;
                                    account: {
                                        id: number;
                                        name: string;
                                    } | null;
                                    author: string | null;
                                    body: string;
                                    kind: "request" | "message" | "closed";
                                }[];
                            }[];
                            participants: {
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                role: "handling" | "transferred_away" | "assisting";
                                since: number;
                            }[];
                            actions: {
                                accept: boolean;
                                progress: boolean;
                                answer: boolean;
                                close: boolean;
                                statement: boolean;
                                note: boolean;
                                transfer: boolean;
                                assist: boolean;
                            };
                            serverNow: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/cases/{caseId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the citizen (stops the answer clock), with files uploaded by the same staff member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        attachmentIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            role: "handling" | "transferred_away" | "assisting";
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            major: boolean;
                            createdAt: number;
                            warnAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            warnedAt: number | null;
                            breachedAt: number | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            updatedAt: number;
                            description: string;
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            /** @description the department may not see who filed it */
                            reporterHidden: boolean;
                            reporter: {
                                phone: string | null;
                                contact: unknown;
                            } | null;
                            contactPreference: string;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            timeBasis: "calendar" | "working";
                            clockStartedAt: number;
                            statementWarnAt: number | null;
                            clockStage: "statement_warning" | "statement_breach" | "warning" | "breach" | (never | null);
                            clockNextAt: number | null;
                            answer: string | null;
                            answeredBy: string | null;
                            firstAnsweredAt: number | null;
                            answeredOnTime: boolean | null;
                            reopenedAt: number | null;
                            reopenCount: number;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            source: string;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                url: string;
                                thumbUrl: string | null;
                                /** @description the answer it came with; null = filed with the case */
                                eventId: number | null;
                                byStaff: boolean;
                            }[];
                            events: {
                                id: number;
                                kind: string;
                                public: boolean;
                                at: number;
                                actor: {
                                    kind: "citizen" | "staff" | "system";
                                    name: string | null;
                                };
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            assists: {
                                id: number;
                                fromAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                toAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                status: "open" | "closed";
                                request: string;
                                createdAt: number;
                                closedAt: number | null;
                                canPost: boolean;
                                messages: {
                                    id: number;
                                    at: number;
                                    account: {
                                        id: number;
                                        name: string;
                                    } | null;
                                    author: string | null;
                                    body: string;
                                    kind: "request" | "message" | "closed";
                                }[];
                            }[];
                            participants: {
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                role: "handling" | "transferred_away" | "assisting";
                                since: number;
                            }[];
                            actions: {
                                accept: boolean;
                                progress: boolean;
                                answer: boolean;
                                close: boolean;
                                statement: boolean;
                                note: boolean;
                                transfer: boolean;
                                assist: boolean;
                            };
                            serverNow: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/cases/{caseId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an answered case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            role: "handling" | "transferred_away" | "assisting";
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            major: boolean;
                            createdAt: number;
                            warnAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            warnedAt: number | null;
                            breachedAt: number | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            updatedAt: number;
                            description: string;
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            /** @description the department may not see who filed it */
                            reporterHidden: boolean;
                            reporter: {
                                phone: string | null;
                                contact: unknown;
                            } | null;
                            contactPreference: string;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            timeBasis: "calendar" | "working";
                            clockStartedAt: number;
                            statementWarnAt: number | null;
                            clockStage: "statement_warning" | "statement_breach" | "warning" | "breach" | (never | null);
                            clockNextAt: number | null;
                            answer: string | null;
                            answeredBy: string | null;
                            firstAnsweredAt: number | null;
                            answeredOnTime: boolean | null;
                            reopenedAt: number | null;
                            reopenCount: number;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            source: string;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                url: string;
                                thumbUrl: string | null;
                                /** @description the answer it came with; null = filed with the case */
                                eventId: number | null;
                                byStaff: boolean;
                            }[];
                            events: {
                                id: number;
                                kind: string;
                                public: boolean;
                                at: number;
                                actor: {
                                    kind: "citizen" | "staff" | "system";
                                    name: string | null;
                                };
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            assists: {
                                id: number;
                                fromAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                toAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                status: "open" | "closed";
                                request: string;
                                createdAt: number;
                                closedAt: number | null;
                                canPost: boolean;
                                messages: {
                                    id: number;
                                    at: number;
                                    account: {
                                        id: number;
                                        name: string;
                                    } | null;
                                    author: string | null;
                                    body: string;
                                    kind: "request" | "message" | "closed";
                                }[];
                            }[];
                            participants: {
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                role: "handling" | "transferred_away" | "assisting";
                                since: number;
                            }[];
                            actions: {
                                accept: boolean;
                                progress: boolean;
                                answer: boolean;
                                close: boolean;
                                statement: boolean;
                                note: boolean;
                                transfer: boolean;
                                assist: boolean;
                            };
                            serverNow: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/cases/{caseId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The first public statement (stops the statement clock) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            role: "handling" | "transferred_away" | "assisting";
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            major: boolean;
                            createdAt: number;
                            warnAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            warnedAt: number | null;
                            breachedAt: number | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            updatedAt: number;
                            description: string;
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            /** @description the department may not see who filed it */
                            reporterHidden: boolean;
                            reporter: {
                                phone: string | null;
                                contact: unknown;
                            } | null;
                            contactPreference: string;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            timeBasis: "calendar" | "working";
                            clockStartedAt: number;
                            statementWarnAt: number | null;
                            clockStage: "statement_warning" | "statement_breach" | "warning" | "breach" | (never | null);
                            clockNextAt: number | null;
                            answer: string | null;
                            answeredBy: string | null;
                            firstAnsweredAt: number | null;
                            answeredOnTime: boolean | null;
                            reopenedAt: number | null;
                            reopenCount: number;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            source: string;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                url: string;
                                thumbUrl: string | null;
                                /** @description the answer it came with; null = filed with the case */
                                eventId: number | null;
                                byStaff: boolean;
                            }[];
                            events: {
                                id: number;
                                kind: string;
                                public: boolean;
                                at: number;
                                actor: {
                                    kind: "citizen" | "staff" | "system";
                                    name: string | null;
                                };
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            assists: {
                                id: number;
                                fromAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                toAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                status: "open" | "closed";
                                request: string;
                                createdAt: number;
                                closedAt: number | null;
                                canPost: boolean;
                                messages: {
                                    id: number;
                                    at: number;
                                    account: {
                                        id: number;
                                        name: string;
                                    } | null;
                                    author: string | null;
                                    body: string;
                                    kind: "request" | "message" | "closed";
                                }[];
                            }[];
                            participants: {
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                role: "handling" | "transferred_away" | "assisting";
                                since: number;
                            }[];
                            actions: {
                                accept: boolean;
                                progress: boolean;
                                answer: boolean;
                                close: boolean;
                                statement: boolean;
                                note: boolean;
                                transfer: boolean;
                                assist: boolean;
                            };
                            serverNow: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/cases/{caseId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An internal note of the handling team (never shown to the citizen) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            role: "handling" | "transferred_away" | "assisting";
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            major: boolean;
                            createdAt: number;
                            warnAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            warnedAt: number | null;
                            breachedAt: number | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            updatedAt: number;
                            description: string;
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            /** @description the department may not see who filed it */
                            reporterHidden: boolean;
                            reporter: {
                                phone: string | null;
                                contact: unknown;
                            } | null;
                            contactPreference: string;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            timeBasis: "calendar" | "working";
                            clockStartedAt: number;
                            statementWarnAt: number | null;
                            clockStage: "statement_warning" | "statement_breach" | "warning" | "breach" | (never | null);
                            clockNextAt: number | null;
                            answer: string | null;
                            answeredBy: string | null;
                            firstAnsweredAt: number | null;
                            answeredOnTime: boolean | null;
                            reopenedAt: number | null;
                            reopenCount: number;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            source: string;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                url: string;
                                thumbUrl: string | null;
                                /** @description the answer it came with; null = filed with the case */
                                eventId: number | null;
                                byStaff: boolean;
                            }[];
                            events: {
                                id: number;
                                kind: string;
                                public: boolean;
                                at: number;
                                actor: {
                                    kind: "citizen" | "staff" | "system";
                                    name: string | null;
                                };
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            assists: {
                                id: number;
                                fromAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                toAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                status: "open" | "closed";
                                request: string;
                                createdAt: number;
                                closedAt: number | null;
                                canPost: boolean;
                                messages: {
                                    id: number;
                                    at: number;
                                    account: {
                                        id: number;
                                        name: string;
                                    } | null;
                                    author: string | null;
                                    body: string;
                                    kind: "request" | "message" | "closed";
                                }[];
                            }[];
                            participants: {
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                role: "handling" | "transferred_away" | "assisting";
                                since: number;
                            }[];
                            actions: {
                                accept: boolean;
                                progress: boolean;
                                answer: boolean;
                                close: boolean;
                                statement: boolean;
                                note: boolean;
                                transfer: boolean;
                                assist: boolean;
                            };
                            serverNow: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/cases/{caseId}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer the case to the responsible department (the clock, history and attachments travel) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        toAccountId: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            role: "handling" | "transferred_away" | "assisting";
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            major: boolean;
                            createdAt: number;
                            warnAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            warnedAt: number | null;
                            breachedAt: number | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            updatedAt: number;
                            description: string;
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            /** @description the department may not see who filed it */
                            reporterHidden: boolean;
                            reporter: {
                                phone: string | null;
                                contact: unknown;
                            } | null;
                            contactPreference: string;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            timeBasis: "calendar" | "working";
                            clockStartedAt: number;
                            statementWarnAt: number | null;
                            clockStage: "statement_warning" | "statement_breach" | "warning" | "breach" | (never | null);
                            clockNextAt: number | null;
                            answer: string | null;
                            answeredBy: string | null;
                            firstAnsweredAt: number | null;
                            answeredOnTime: boolean | null;
                            reopenedAt: number | null;
                            reopenCount: number;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            source: string;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                url: string;
                                thumbUrl: string | null;
                                /** @description the answer it came with; null = filed with the case */
                                eventId: number | null;
                                byStaff: boolean;
                            }[];
                            events: {
                                id: number;
                                kind: string;
                                public: boolean;
                                at: number;
                                actor: {
                                    kind: "citizen" | "staff" | "system";
                                    name: string | null;
                                };
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            assists: {
                                id: number;
                                fromAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                toAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                status: "open" | "closed";
                                request: string;
                                createdAt: number;
                                closedAt: number | null;
                                canPost: boolean;
                                messages: {
                                    id: number;
                                    at: number;
                                    account: {
                                        id: number;
                                        name: string;
                                    } | null;
                                    author: string | null;
                                    body: string;
                                    kind: "request" | "message" | "closed";
                                }[];
                            }[];
                            participants: {
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                role: "handling" | "transferred_away" | "assisting";
                                since: number;
                            }[];
                            actions: {
                                accept: boolean;
                                progress: boolean;
                                answer: boolean;
                                close: boolean;
                                statement: boolean;
                                note: boolean;
                                transfer: boolean;
                                assist: boolean;
                            };
                            serverNow: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/cases/{caseId}/assists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask another department for assistance (joint handling) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        toAccountId: number;
                        request: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            role: "handling" | "transferred_away" | "assisting";
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            major: boolean;
                            createdAt: number;
                            warnAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            warnedAt: number | null;
                            breachedAt: number | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            updatedAt: number;
                            description: string;
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            /** @description the department may not see who filed it */
                            reporterHidden: boolean;
                            reporter: {
                                phone: string | null;
                                contact: unknown;
                            } | null;
                            contactPreference: string;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            timeBasis: "calendar" | "working";
                            clockStartedAt: number;
                            statementWarnAt: number | null;
                            clockStage: "statement_warning" | "statement_breach" | "warning" | "breach" | (never | null);
                            clockNextAt: number | null;
                            answer: string | null;
                            answeredBy: string | null;
                            firstAnsweredAt: number | null;
                            answeredOnTime: boolean | null;
                            reopenedAt: number | null;
                            reopenCount: number;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            source: string;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                url: string;
                                thumbUrl: string | null;
                                /** @description the answer it came with; null = filed with the case */
                                eventId: number | null;
                                byStaff: boolean;
                            }[];
                            events: {
                                id: number;
                                kind: string;
                                public: boolean;
                                at: number;
                                actor: {
                                    kind: "citizen" | "staff" | "system";
                                    name: string | null;
                                };
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            assists: {
                                id: number;
                                fromAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                toAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                status: "open" | "closed";
                                request: string;
                                createdAt: number;
                                closedAt: number | null;
                                canPost: boolean;
                                messages: {
                                    id: number;
                                    at: number;
                                    account: {
                                        id: number;
                                        name: string;
                                    } | null;
                                    author: string | null;
                                    body: string;
                                    kind: "request" | "message" | "closed";
                                }[];
                            }[];
                            participants: {
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                role: "handling" | "transferred_away" | "assisting";
                                since: number;
                            }[];
                            actions: {
                                accept: boolean;
                                progress: boolean;
                                answer: boolean;
                                close: boolean;
                                statement: boolean;
                                note: boolean;
                                transfer: boolean;
                                assist: boolean;
                            };
                            serverNow: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/cases/{caseId}/assists/{assistId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post in the exchange of an assist (either side) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    caseId: number;
                    assistId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            role: "handling" | "transferred_away" | "assisting";
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            major: boolean;
                            createdAt: number;
                            warnAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            warnedAt: number | null;
                            breachedAt: number | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            updatedAt: number;
                            description: string;
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            /** @description the department may not see who filed it */
                            reporterHidden: boolean;
                            reporter: {
                                phone: string | null;
                                contact: unknown;
                            } | null;
                            contactPreference: string;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            timeBasis: "calendar" | "working";
                            clockStartedAt: number;
                            statementWarnAt: number | null;
                            clockStage: "statement_warning" | "statement_breach" | "warning" | "breach" | (never | null);
                            clockNextAt: number | null;
                            answer: string | null;
                            answeredBy: string | null;
                            firstAnsweredAt: number | null;
                            answeredOnTime: boolean | null;
                            reopenedAt: number | null;
                            reopenCount: number;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            source: string;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                url: string;
                                thumbUrl: string | null;
                                /** @description the answer it came with; null = filed with the case */
                                eventId: number | null;
                                byStaff: boolean;
                            }[];
                            events: {
                                id: number;
                                kind: string;
                                public: boolean;
                                at: number;
                                actor: {
                                    kind: "citizen" | "staff" | "system";
                                    name: string | null;
                                };
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            assists: {
                                id: number;
                                fromAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                toAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                status: "open" | "closed";
                                request: string;
                                createdAt: number;
                                closedAt: number | null;
                                canPost: boolean;
                                messages: {
                                    id: number;
                                    at: number;
                                    account: {
                                        id: number;
                                        name: string;
                                    } | null;
                                    author: string | null;
                                    body: string;
                                    kind: "request" | "message" | "closed";
                                }[];
                            }[];
                            participants: {
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                role: "handling" | "transferred_away" | "assisting";
                                since: number;
                            }[];
                            actions: {
                                accept: boolean;
                                progress: boolean;
                                answer: boolean;
                                close: boolean;
                                statement: boolean;
                                note: boolean;
                                transfer: boolean;
                                assist: boolean;
                            };
                            serverNow: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/accounts/{accountId}/cases/{caseId}/assists/{assistId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an assist (either side) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    accountId: number;
                    caseId: number;
                    assistId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            trackingNo: string;
                            kind: "consultation" | "complaint" | "report" | "suggestion";
                            category: {
                                id: number;
                                code: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                            };
                            title: string;
                            status: "received" | "accepted" | "in_progress" | "answered" | "closed";
                            role: "handling" | "transferred_away" | "assisting";
                            account: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            major: boolean;
                            createdAt: number;
                            warnAt: number;
                            dueAt: number;
                            statementDueAt: number | null;
                            statementAt: number | null;
                            warnedAt: number | null;
                            breachedAt: number | null;
                            answeredAt: number | null;
                            closedAt: number | null;
                            updatedAt: number;
                            description: string;
                            filedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            };
                            reportedAccount: {
                                id: number;
                                handle: string;
                                name: string;
                            } | null;
                            anonymous: boolean;
                            /** @description the department may not see who filed it */
                            reporterHidden: boolean;
                            reporter: {
                                phone: string | null;
                                contact: unknown;
                            } | null;
                            contactPreference: string;
                            regionCode: string | null;
                            regionName: string | null;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            timeBasis: "calendar" | "working";
                            clockStartedAt: number;
                            statementWarnAt: number | null;
                            clockStage: "statement_warning" | "statement_breach" | "warning" | "breach" | (never | null);
                            clockNextAt: number | null;
                            answer: string | null;
                            answeredBy: string | null;
                            firstAnsweredAt: number | null;
                            answeredOnTime: boolean | null;
                            reopenedAt: number | null;
                            reopenCount: number;
                            satisfaction: number | null;
                            satisfactionComment: string | null;
                            source: string;
                            attachments: {
                                id: number;
                                name: string;
                                mime: string;
                                size: number;
                                width: number | null;
                                height: number | null;
                                url: string;
                                thumbUrl: string | null;
                                /** @description the answer it came with; null = filed with the case */
                                eventId: number | null;
                                byStaff: boolean;
                            }[];
                            events: {
                                id: number;
                                kind: string;
                                public: boolean;
                                at: number;
                                actor: {
                                    kind: "citizen" | "staff" | "system";
                                    name: string | null;
                                };
                                account: {
                                    id: number;
                                    name: string;
                                } | null;
                                toAccount: {
                                    id: number;
                                    name: string;
                                } | null;
                                body: string | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                            }[];
                            assists: {
                                id: number;
                                fromAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                toAccount: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                status: "open" | "closed";
                                request: string;
                                createdAt: number;
                                closedAt: number | null;
                                canPost: boolean;
                                messages: {
                                    id: number;
                                    at: number;
                                    account: {
                                        id: number;
                                        name: string;
                                    } | null;
                                    author: string | null;
                                    body: string;
                                    kind: "request" | "message" | "closed";
                                }[];
                            }[];
                            participants: {
                                account: {
                                    id: number;
                                    handle: string;
                                    name: string;
                                };
                                role: "handling" | "transferred_away" | "assisting";
                                since: number;
                            }[];
                            actions: {
                                accept: boolean;
                                progress: boolean;
                                answer: boolean;
                                close: boolean;
                                statement: boolean;
                                note: boolean;
                                transfer: boolean;
                                assist: boolean;
                            };
                            serverNow: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/case-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active accounts a case may be transferred to or assisted by */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                handle: string;
                                name: string;
                                regionCode: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
