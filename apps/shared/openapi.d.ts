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
                                status: "active" | "suspended";
                                createdAt: number;
                                updatedAt: number;
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
                            status: "active" | "suspended";
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
                            status: "active" | "suspended";
                            createdAt: number;
                            updatedAt: number;
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
                            status: "active" | "suspended";
                            createdAt: number;
                            updatedAt: number;
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
                                status: "draft" | "published";
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
                            status: "draft" | "published";
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
                            status: "draft" | "published";
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
                            status: "draft" | "published";
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
        /** Upload an image (multipart field "file"; JPEG, PNG, GIF or WebP, at most 10 MB) */
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
